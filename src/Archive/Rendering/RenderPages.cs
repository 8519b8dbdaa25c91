using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using Archive.Annotations;
using Archive.Engine;
using Archive.Linking;
using Archive.Model;
using Archive.Output;
using Archive.Pipelines;
using Archive.Theme.Pages;

namespace Archive.Rendering;

/// <summary>
/// Renders every page of the site from the catalog, independent pages in parallel. In a build each page is written to
/// the staging folder as soon as it is rendered and only its links are kept: holding every page's HTML until an
/// output phase would make memory grow with the archive.
/// </summary>
public sealed class RenderPages(string? liveReloadScript = null) : IModule
{
    /// <summary>Pages one renderer renders before it is replaced (it holds on to what it rendered).</summary>
    const int BatchSize = 64;

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf<Catalog>(PipelineNames.Catalog).Single();
        var views = new ViewBuilder(catalog, liveReloadScript is null ? null : catalog.Urls.Href(liveReloadScript));
        using var razor = new RazorRenderer();
        var site = views.Site();

        Func<RazorRenderer.Batch, OutputFile> Page<TPage>(string path, Func<object> view, string origin) where TPage : Microsoft.AspNetCore.Components.IComponent =>
            batch => new(Urls.FileOf(path), batch.Render<TPage>(new() { ["Site"] = site, ["View"] = view() }), origin);

        var jobs = new List<Func<RazorRenderer.Batch, OutputFile>>
        {
            Page<HomePage>(Urls.Home, views.Home, "input/site.yml"),
            Page<SimplePage>("404.html", () => views.Simple("找不到這一頁", "找不到這一頁。", "404.html", NotFoundBody(catalog)), "theme"),
            Page<SimplePage>(Urls.Search, () => views.Simple("搜尋", "搜尋檔案中的文章與註解。", Urls.Search, SearchBody(catalog, context.Build.Search is not null || context.Build.SearchIndexKept)), "theme"),
        };
        jobs.AddRange(catalog.Articles.Select(a => Page<ArticlePage>(Urls.Article(a.Slug), () => views.Article(a), a.Location.File)));
        jobs.AddRange(catalog.AnchorsById.Values.Select(a => Page<AnnotationPage>(Urls.Annotation(a.Annotation.Id), () => views.AnnotationPage(a), a.Annotation.Location.File)));
        jobs.AddRange(catalog.Site.Taxonomies.Select(t => Page<TaxonomyIndexPage>(Urls.Taxonomy(t.Key), () => views.TaxonomyIndex(t), "input/site.yml")));
        foreach (var term in catalog.Terms.Values)
            for (var page = 1; page <= views.PageCountOf(term); page++)
            {
                var p = page;
                jobs.Add(Page<TermPage>(Urls.TermPage(term.Key, p), () => views.TermPage(term, p), term.Location.File));
            }

        var writer = context.Build.StagingDirectory is { } staging ? new SiteWriter(staging) : null;
        var strings = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        WrittenPage Keep(OutputFile file)
        {
            writer?.Write(file.Path, file.Content);
            return WrittenPage.Of(file, strings);
        }

        var pages = new WrittenPage[jobs.Count];
        Parallel.ForEach(Partitioner.Create(0, jobs.Count, BatchSize), range =>
        {
            using var batch = razor.OpenBatch();
            for (var i = range.Item1; i < range.Item2; i++) pages[i] = Keep(jobs[i](batch));
        });

        var markdown = new MarkdownHtml(catalog);
        var htmlPaths = pages.Where(p => p.Path.EndsWith(".html") && p.Path != "404.html").Select(p => p.Path.EndsWith("index.html") ? p.Path[..^"index.html".Length] : p.Path).Order(StringComparer.Ordinal);
        OutputFile[] files =
        [
            new(Urls.Feed, SiteFiles.AtomFeed(catalog, markdown), "input/site.yml"),
            new("sitemap.xml", SiteFiles.Sitemap(catalog, htmlPaths), "input/site.yml"),
            new("robots.txt", SiteFiles.Robots(catalog), "input/site.yml"),
            new(Urls.AnnotationsJsonLd, WebAnnotationExport.Write(catalog, markdown), "input/annotations"),
        ];
        return [.. pages, .. files.Select(Keep)];
    }

    static string NotFoundBody(Catalog catalog) =>
        $"<p>這個網址沒有頁面，可能已經移動。</p><p><a href=\"{catalog.Urls.Href(Urls.Home)}\">回到首頁</a>，或<a href=\"{catalog.Urls.Href(Urls.Search)}\">搜尋檔案</a>。</p>";

    /// <summary>site.js mounts Pagefind's UI into #search; without JavaScript, or without an index, the page points to the tag indexes.</summary>
    static string SearchBody(Catalog catalog, bool available)
    {
        var indexes = string.Join("、", catalog.Site.Taxonomies.Select(t => $"<a href=\"{catalog.Urls.Href(Urls.Taxonomy(t.Key))}\">{WebUtility.HtmlEncode(t.Name)}</a>"));
        if (!available)
            return $"<p class=\"search-unavailable\">這個版本的網站沒有建立搜尋索引，搜尋暫時無法使用。請依標籤瀏覽：{indexes}。</p>";
        return $"<div id=\"search\" class=\"search\" data-bundle=\"{catalog.Urls.Href("pagefind/")}\"></div>" +
               $"<noscript><p class=\"search-fallback\">搜尋需要 JavaScript。也可以依標籤瀏覽：{indexes}。</p></noscript>";
    }
}
