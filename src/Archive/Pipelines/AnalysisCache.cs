using Archive.Diagnostics;
using Archive.Engine;
using Archive.Input;
using Archive.Linking;
using Archive.Model;

namespace Archive.Pipelines;

/// <summary>
/// What preview keeps from one build to the next so that a build analyses only the files that changed: each file by
/// path and content (<see cref="KnownFiles"/>), what every per-document module made of it, with the diagnostics it
/// reported (<see cref="DocumentMemo{TRun}"/>), and the catalog's anchoring of unchanged articles
/// (<see cref="CatalogCache"/>). A per-document module reads its document and the run's settings; the fidelity check
/// also reads the article's original, and parsing reads an article's earlier versions. An edit to anything but an
/// article, note or term file may change what those read, so it clears the cache (<see cref="Clear"/>).
/// </summary>
public sealed class AnalysisCache
{
    public KnownFiles Files { get; } = new();

    public DocumentMemo<BuildContext> Documents { get; } = new(
        build => build with { Diagnostics = new DiagnosticBag() },
        (own, into) => into.Diagnostics.AddFrom(own.Diagnostics));

    /// <summary>Each article's anchoring and each document's links, valid for the very objects they were made from.</summary>
    public CatalogCache Catalog { get; private set; } = new();

    public void Clear()
    {
        Files.Clear();
        Documents.Clear();
        Catalog = new CatalogCache();
    }

    /// <summary>
    /// True when an edit of these files leaves every other file's analysis valid: each is an article, a note or a term
    /// (a Markdown file where <see cref="ArchivePipelines"/> reads documents). Anything else, or an edit of unknown
    /// files (none named), may change what every document's analysis read.
    /// </summary>
    public static bool KeepsOthersValid(string inputDirectory, IReadOnlyCollection<string> changedPaths)
    {
        var roots = ArchivePipelines.DocumentFolders.Select(f => (Root: Path.GetFullPath(Path.Combine(inputDirectory, f.Folder)), f.Depth)).ToList();
        return changedPaths.Count > 0 && changedPaths.Select(Path.GetFullPath)
            .All(path => roots.Any(r => InputTree.IsMarkdownAt(r.Root, r.Depth, path)));
    }
}
