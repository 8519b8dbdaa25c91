using Archive.Diagnostics;
using Archive.Model;

namespace Archive.Engine;

/// <summary>One run's fixed inputs: folders, settings, and the diagnostics every stage adds to.</summary>
public sealed record BuildContext(string InputDirectory, string ThemeDirectory, SiteSettings Site, DiagnosticBag Diagnostics)
{
    /// <summary>How a file is named in diagnostics: relative to the input folder's parent, e.g. <c>input/articles/a.md</c>.</summary>
    public string DisplayPath(string fullPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(InputDirectory))!, fullPath).Replace('\\', '/');
}
