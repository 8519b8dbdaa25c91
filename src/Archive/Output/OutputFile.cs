namespace Archive.Output;

/// <summary>
/// A file of the site kept whole: its path relative to the output folder, its text, and the input file it came from.
/// Pages on their way from a renderer to the disk are <see cref="RenderedPage"/>s instead, which own no text.
/// </summary>
public sealed record OutputFile(string Path, string Content, string Origin);

/// <summary>A file copied as it is (theme CSS and JS).</summary>
public sealed record CopiedFile(string Path, string SourcePath);
