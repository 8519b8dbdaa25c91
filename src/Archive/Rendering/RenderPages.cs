using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Linking;
using Archive.Output;

namespace Archive.Rendering;

/// <summary>
/// Renders every page of the site from the catalog, independent pages in parallel, and checks each page's links as it
/// goes. In a build each page is written to the staging folder as soon as it is rendered and only its ids are kept:
/// holding every page's HTML, or every link, until a later phase would make memory grow with the archive.
/// </summary>
/// <param name="writer">Where each page is written as it is rendered; null for <c>check</c>, which writes nothing.</param>
/// <param name="searchAvailable">Whether the site will have a search index (the search page says so when not).</param>
/// <param name="cache">Preview's cache, which keeps each note's export JSON between rebuilds; null in a build.</param>
/// <param name="liveReloadScript">Preview's script, loaded by every page and written beside them by the server; null in a build.</param>
public sealed class RenderPages(SiteWriter? writer, bool searchAvailable, CatalogCache? cache = null, string? liveReloadScript = null) : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        var catalog = context.FromDependencies<Catalog>().Single();
        var image = SiteImage.In(context.Build.ThemeDirectory);
        if (image is null) context.Build.Diagnostics.Add(Problems.SiteImageMissing(context.Build.DisplayPath(SiteImage.PathIn(context.Build.ThemeDirectory))));
        var views = new ViewBuilder(catalog, liveReloadScript is null ? null : catalog.Urls.Href(liveReloadScript), image);
        var pages = new SitePages(catalog, views, searchAvailable, cache);

        var html = pages.All().ToList();
        // The machine files first: the export's pages are the largest jobs, and last they would leave one worker
        // alone at the end.
        List<PageJob> jobs = [.. pages.MachineFiles(html.Select(job => job.Path)), .. html];
        var files = LinkCheck.WrittenFiles(jobs.Select(job => job.Path), context.FromDependencies<CopiedFile>(),
            liveReloadScript is null ? [] : [liveReloadScript]);

        using var writing = writer is null ? null : new WriteQueue(writer);
        var written = RenderCheckWrite.Run(jobs, files, catalog, context.Build.Diagnostics, page => writing?.Add(page.Path, page.Content));
        writing?.Complete();
        return [.. written];
    }
}
