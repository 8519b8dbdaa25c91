using System.Text;

namespace Archive.Diagnostics;

/// <summary>Turns an index into a string into a 1-based line and a column counted in code points (a CJK Extension-B character is one column).</summary>
public static class TextPosition
{
    public static (int Line, int Column) Locate(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var span = text.AsSpan(0, index);
        var line = span.Count('\n') + 1;
        var lineStart = span.LastIndexOf('\n') + 1;
        return (line, RuneCount(text.AsSpan(lineStart, index - lineStart)) + 1);
    }

    public static SourceLocation Locate(string file, string text, int index)
    {
        var (line, column) = Locate(text, index);
        return new SourceLocation(file, line, column);
    }

    public static int RuneCount(ReadOnlySpan<char> span)
    {
        // Without surrogates every char is one code point; a vectorised check spares walking fifty thousand prefixes.
        if (!span.ContainsAnyInRange('\uD800', '\uDFFF')) return span.Length;
        var count = 0;
        foreach (var _ in span.EnumerateRunes()) count++;
        return count;
    }
}
