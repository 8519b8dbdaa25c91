using Archive.Engine;

namespace Archive.Output;

/// <summary>A file of the site: its path relative to the output folder, its text, and the input file it came from (for link errors).</summary>
public sealed record OutputFile(string Path, string Content, string Origin) : Document
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}

/// <summary>A file copied as it is (theme CSS and JS).</summary>
public sealed record CopiedFile(string Path, string SourcePath) : Document;
