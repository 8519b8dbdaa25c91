using Archive.Engine;
using Archive.Input;
using Archive.Linking;
using Archive.Output;
using Archive.Parsing;
using Archive.Rendering;
using Archive.Search;
using Archive.Validation;

namespace Archive.Pipelines;

/// <summary>
/// What the modules of one run are given beyond the build's settings: the writer of the staging folder (null when
/// nothing is written, as in <c>check</c>), Pagefind, and preview's cache and script.
/// </summary>
public sealed record PipelineServices(SiteWriter? Writer = null, string? StagingDirectory = null)
{
    /// <summary>Pagefind and the search index's cache, or null when this run does not index (the pagefind package is missing, or preview).</summary>
    public SearchSetup? Search { get; init; }

    /// <summary>True when the previous build's search index is carried over (preview), so search works without re-indexing.</summary>
    public bool SearchIndexKept { get; init; }

    /// <summary>Preview's cache of anchors and cross-links, filled by this build for the rebuilds after it; null otherwise.</summary>
    public CatalogCache? CatalogCache { get; init; }

    /// <summary>Preview's live-reload script, which every page loads; null in a build.</summary>
    public string? LiveReloadScript { get; init; }

    /// <summary>The only input files to read (preview, after a save: the files it changed); null reads the whole tree.</summary>
    public IReadOnlyCollection<string>? OnlyFiles { get; init; }

    /// <summary>Files read by earlier builds (preview): an unchanged file is handed out as the object read then.</summary>
    public KnownFiles? KnownFiles { get; init; }
}

/// <summary>The archive's pipelines, in the order a reader should meet them, each module given the services it uses.</summary>
public static class ArchivePipelines
{
    static readonly (string Folder, int Depth) TermFiles = ("tags", 1), ArticleFiles = ("articles", 0), NoteFiles = ("annotations", 1);

    /// <summary>The folders under input/ whose Markdown files are documents, and how many folders below each they sit.</summary>
    public static readonly IReadOnlyList<(string Folder, int Depth)> DocumentFolders = [TermFiles, ArticleFiles, NoteFiles];

    public static IReadOnlyList<Pipeline> Create(PipelineServices services) =>
    [
        new(PipelineNames.Terms)
        {
            Read = [new ReadFiles(TermFiles.Folder, TermFiles.Depth, only: services.OnlyFiles, known: services.KnownFiles)],
            Analyse = [new ParseTerms()],
        },
        new(PipelineNames.Articles)
        {
            Read = [new ReadFiles(ArticleFiles.Folder, ArticleFiles.Depth, required: true, only: services.OnlyFiles, known: services.KnownFiles)],
            Analyse = [new ParseArticles(), new CheckFidelity()],
        },
        new(PipelineNames.Annotations)
        {
            Read = [new ReadFiles(NoteFiles.Folder, NoteFiles.Depth, only: services.OnlyFiles, known: services.KnownFiles)],
            Analyse = [new ParseAnnotations()],
        },
        new(PipelineNames.Catalog)
        {
            Dependencies = [PipelineNames.Terms, PipelineNames.Articles, PipelineNames.Annotations],
            Analyse = [new BuildCatalog(services.CatalogCache)],
        },
        new(PipelineNames.Assets)
        {
            Read = [new CopyThemeAssets()],
            Publish = services.Writer is { } writer ? [new WriteFiles(writer)] : [],
        },
        new(PipelineNames.Pages)
        {
            // The assets are a dependency for the link check: pages may link to the theme's files.
            Dependencies = [PipelineNames.Catalog, PipelineNames.Assets],
            // Rendering waits for the render phase: it needs a model that every analysis step has checked.
            // It writes each page into the staging folder and checks its links as it goes; the swap into output/
            // follows the publish phase.
            Render = [new RenderPages(services.Writer, services.Search is not null || services.SearchIndexKept, services.CatalogCache, services.LiveReloadScript)],
        },
        new(PipelineNames.Search)
        {
            // Indexes the written pages, so it runs after the pipelines that write them, once a reused folder is cleared
            // of what this build did not write (the bundles are then linked in from the search cache).
            Dependencies = [PipelineNames.Pages, PipelineNames.Assets],
            Publish = services.Writer is { } stale ? [new RemoveStaleFiles(stale, services.Search is null ? null : SearchBundles.Folder), new IndexSearch(services.Search, services.StagingDirectory)] : [],
        },
    ];
}
