using Archive.Diagnostics;
using Archive.Model;

namespace Archive.Engine;

/// <summary>One run's fixed inputs: folders, settings, and the diagnostics every stage adds to.</summary>
public sealed record BuildContext(string InputDirectory, string ThemeDirectory, SiteSettings Site, DiagnosticBag Diagnostics)
{
    /// <summary>Where the output phase writes: a staging folder that replaces output/ only when the build succeeds.</summary>
    public string? StagingDirectory { get; init; }

    /// <summary>Writes into <see cref="StagingDirectory"/>; every module that writes shares it, so it knows what was written.</summary>
    public Output.SiteWriter? Writer { get; init; }

    /// <summary>Files written after rendering by other tools (the search index), which links may point to.</summary>
    public IReadOnlyCollection<string> ExtraOutputPaths { get; init; } = [];

    /// <summary>Pagefind and the search index's cache, or null when the pagefind package is missing (the search page says so).</summary>
    public Search.SearchSetup? Search { get; init; }

    /// <summary>True when the previous build's search index is carried over (preview), so search works without re-indexing.</summary>
    public bool SearchIndexKept { get; init; }

    /// <summary>Preview's cache of anchors and cross-links, filled by this build for the rebuilds after it; null otherwise.</summary>
    public Linking.CatalogCache? CatalogCache { get; init; }

    /// <summary>How a file is named in diagnostics: relative to the input folder's parent, e.g. <c>input/articles/a.md</c>.</summary>
    public string DisplayPath(string fullPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(InputDirectory))!, fullPath).Replace('\\', '/');
}
