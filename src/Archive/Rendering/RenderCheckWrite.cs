using Archive.Diagnostics;
using Archive.Linking;
using Archive.Output;

namespace Archive.Rendering;

/// <summary>
/// The one path every page takes, in a build and in preview: rendered (independent pages in parallel), handed to the
/// run's sink as soon as it is rendered, its links checked. A build's sink writes into the staging folder; preview's
/// keeps the page until the whole change has validated. Links to pages not rendered in this run are checked against
/// <paramref name="previous"/>, the pages an earlier run wrote (none in a build, which renders every page).
/// </summary>
public static class RenderCheckWrite
{
    /// <param name="siteFiles">Every file the site will hold: links are checked against these.</param>
    /// <param name="sink">Takes each rendered file; its content is valid only during the call (see <see cref="OutputFile.Detached"/>).</param>
    public static WrittenPage[] Run(IReadOnlyList<PageJob> jobs, HashSet<string> siteFiles, Catalog catalog, DiagnosticBag diagnostics,
        Action<OutputFile> sink, Func<string, WrittenPage?>? previous = null)
    {
        using var razor = new RazorRenderer();
        using var strings = new IdStrings();
        using var links = new LinkCheck(siteFiles, catalog.Site, diagnostics, () => AuthorLinks.Of(catalog));
        var written = SitePages.Render(jobs, razor, file =>
        {
            sink(file);
            return WrittenPage.Of(file, strings, links);
        });
        var byPath = written.ToDictionary(p => p.Path);
        links.CheckPending(written, path => byPath.GetValueOrDefault(path) ?? previous?.Invoke(path));
        return written;
    }
}
