namespace Archive.Diagnostics;

/// <summary>A place in an input file. Line and column are 1-based; columns count Unicode code points.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
