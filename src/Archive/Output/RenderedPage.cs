namespace Archive.Output;

/// <summary>
/// A file just rendered: its path relative to the output folder, its text, and the input file it came from (for link
/// errors). The text is a borrow of the render worker's buffer, good until that worker renders its next file; being a
/// <c>ref struct</c>, a rendered page cannot be stored, queued or captured, only handed on down the stack (written,
/// scanned) while the worker waits. <see cref="Kept"/> copies it for anything that keeps it longer.
/// </summary>
public readonly ref struct RenderedPage(string path, ReadOnlySpan<char> content, string origin)
{
    public RenderedPage(string path, string content, string origin) : this(path, content.AsSpan(), origin) { }

    public string Path { get; } = path;
    public ReadOnlySpan<char> Content { get; } = content;
    public string Origin { get; } = origin;

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The page with a copy of its text, which outlives the worker's next page.</summary>
    public OutputFile Kept() => new(Path, Content.ToString(), Origin);
}

/// <summary>Takes each page as it is rendered; the page's text is the caller's only during the call.</summary>
public delegate void RenderedPageSink(RenderedPage page);
