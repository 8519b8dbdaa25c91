using Archive.Diagnostics;

namespace Archive.Model;

/// <summary>One run's fixed inputs, which every module sees: folders, settings, and the diagnostics every stage adds to.</summary>
public sealed record BuildContext(string InputDirectory, string ThemeDirectory, SiteSettings Site, DiagnosticBag Diagnostics)
{
    /// <summary>How a file is named in diagnostics: relative to the input folder's parent, e.g. <c>input/articles/a.md</c>.</summary>
    public string DisplayPath(string fullPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(InputDirectory))!, fullPath).Replace('\\', '/');
}
