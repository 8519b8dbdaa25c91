using Archive.Engine;
using Archive.Input;
using Archive.Linking;
using Archive.Output;
using Archive.Parsing;
using Archive.Rendering;
using Archive.Search;
using Archive.Validation;

namespace Archive.Pipelines;

/// <summary>The archive's pipelines, in the order a reader should meet them.</summary>
public static class ArchivePipelines
{
    public static IReadOnlyList<Pipeline> Create(string? liveReloadScript = null) =>
    [
        new(PipelineNames.Terms)
        {
            Read = [new ReadFiles("tags", depth: 1)],
            Analyse = [new ParseTerms()],
        },
        new(PipelineNames.Articles)
        {
            Read = [new ReadFiles("articles", depth: 0, required: true)],
            Analyse = [new ParseArticles(), new CheckFidelity()],
        },
        new(PipelineNames.Annotations)
        {
            Read = [new ReadFiles("annotations", depth: 1)],
            Analyse = [new ParseAnnotations()],
        },
        new(PipelineNames.Catalog)
        {
            Dependencies = [PipelineNames.Terms, PipelineNames.Articles, PipelineNames.Annotations],
            Analyse = [new BuildCatalog()],
        },
        new(PipelineNames.Assets)
        {
            Read = [new CopyThemeAssets()],
            Publish = [new WriteFiles()],
        },
        new(PipelineNames.Pages)
        {
            Dependencies = [PipelineNames.Catalog],
            // Rendering waits for the render phase: it needs a model that every analysis step has checked.
            // It writes each page into the staging folder and checks its links as it goes; the swap into output/
            // follows the output phase.
            Render = [new RenderPages(liveReloadScript)],
        },
        new(PipelineNames.Search)
        {
            // Indexes the written pages, so it runs after the pipelines that write them, once a reused folder is cleared
            // of what this build did not write (the bundles are then linked in from the search cache).
            Dependencies = [PipelineNames.Pages, PipelineNames.Assets],
            Publish = [new RemoveStaleFiles(), new IndexSearch()],
        },
    ];
}
