using System.Collections.Immutable;
using Archive.Engine;
using Archive.Linking;
using Archive.Output;
using Archive.Pipelines;

namespace Archive.Rendering;

/// <summary>
/// Renders every page of the site from the catalog, independent pages in parallel. In a build each page is written to
/// the staging folder as soon as it is rendered and only its links are kept: holding every page's HTML until an
/// output phase would make memory grow with the archive.
/// </summary>
public sealed class RenderPages(string? liveReloadScript = null) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf<Catalog>(PipelineNames.Catalog).Single();
        var views = new ViewBuilder(catalog, liveReloadScript is null ? null : catalog.Urls.Href(liveReloadScript));
        var pages = new SitePages(catalog, views, context.Build.Search is not null || context.Build.SearchIndexKept);
        using var razor = new RazorRenderer();

        using var writing = context.Build.Writer is { } writer ? new WriteQueue(writer) : null;
        using var strings = new LinkStrings();
        WrittenPage Keep(OutputFile file)
        {
            writing?.Add(file.Path, file.Content);
            return WrittenPage.Of(file, strings);
        }

        var html = pages.All().ToList();
        // The machine files first: the export's pages are the largest jobs, and last they would leave one thread
        // alone at the end.
        var written = SitePages.Render([.. pages.MachineFiles(html.Select(job => job.Path)), .. html], razor, Keep);
        writing?.Complete();
        return [.. written];
    }
}
