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

        var writer = context.Build.Writer;
        using var strings = new LinkStrings();
        WrittenPage Keep(OutputFile file)
        {
            writer?.Write(file.Path, file.Content);
            return WrittenPage.Of(file, strings);
        }

        var written = SitePages.Render(pages.All().ToList(), razor, Keep);
        return [.. written, .. pages.MachineFiles(written.Select(p => p.Path)).Select(Keep)];
    }
}
