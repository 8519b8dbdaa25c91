using Archive.Engine;

namespace Archive.Output;

/// <summary>
/// A file of the site: its path relative to the output folder, its text, and the input file it came from (for link
/// errors). A rendered page's text is a view of its renderer's reusable buffer, valid only while the page is handed
/// on (written and scanned, then forgotten); <see cref="Detached"/> copies it for anything that keeps it longer.
/// </summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<char> Content, string Origin)
{
    public OutputFile(string path, string content, string origin) : this(path, content.AsMemory(), origin) { }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    public OutputFile Detached() => this with { Content = Content.ToString().AsMemory() };
}

/// <summary>A file copied as it is (theme CSS and JS).</summary>
public sealed record CopiedFile(string Path, string SourcePath);
