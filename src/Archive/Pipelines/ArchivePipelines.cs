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
            Input = [new ReadFiles("tags", depth: 1)],
            Process = [new ParseTerms()],
        },
        new(PipelineNames.Articles)
        {
            Input = [new ReadFiles("articles", depth: 0)],
            Process = [new ParseArticles(), new CheckFidelity()],
        },
        new(PipelineNames.Annotations)
        {
            Input = [new ReadFiles("annotations", depth: 1)],
            Process = [new ParseAnnotations()],
        },
        new(PipelineNames.Catalog)
        {
            Dependencies = [PipelineNames.Terms, PipelineNames.Articles, PipelineNames.Annotations],
            Process = [new BuildCatalog()],
        },
        new(PipelineNames.Assets)
        {
            Input = [new CopyThemeAssets()],
            Output = [new WriteFiles()],
        },
        new(PipelineNames.Pages)
        {
            Dependencies = [PipelineNames.Catalog],
            // Rendering waits for post-process: it needs a model that every process step has validated.
            // It writes each page into the staging folder and checks its links as it goes; the swap into output/
            // follows the output phase.
            PostProcess = [new RenderPages(liveReloadScript)],
        },
        new(PipelineNames.Search)
        {
            // Indexes the written pages, so it runs after the pipelines that write them, once a reused folder is cleared
            // of what this build did not write (the bundles are then linked in from the search cache).
            Dependencies = [PipelineNames.Pages, PipelineNames.Assets],
            Output = [new RemoveStaleFiles(), new IndexSearch()],
        },
    ];
}
