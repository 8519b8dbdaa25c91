using Archive.Engine;

namespace Archive.Input;

/// <summary>A text file read from input/: its path for diagnostics, and its text with line endings normalised to LF.</summary>
public sealed record SourceFile(string FullPath, string DisplayPath, string RelativePath, string Text);
