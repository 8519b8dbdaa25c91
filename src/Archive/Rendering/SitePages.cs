using System.Collections.Concurrent;
using System.Net;
using Archive.Annotations;
using Archive.Linking;
using Archive.Model;
using Archive.Output;
using Archive.Taxonomies;
using Archive.Theme.Components;
using Archive.Theme.Pages;
using Microsoft.AspNetCore.Components;

namespace Archive.Rendering;

/// <summary>One page to render: where it goes, and how a render worker makes it.</summary>
public sealed record PageJob(string Path, PageJob.Maker Render)
{
    /// <summary>Makes the page with the worker's renderers; its text is the worker's until the worker starts its next file.</summary>
    public delegate RenderedPage Maker(RenderWorker worker);

    /// <summary>What kind of page this is (its layout's name, or the machine file's): preview re-renders every page of a kind it does not know.</summary>
    public string Kind { get; init; } = "";
}

/// <summary>
/// Every page of the site as a render job, by kind. A full build renders them all; preview renders only the pages a
/// change touches. One place decides which layout and view make which page.
/// </summary>
/// <param name="cache">Preview's cache, which keeps each note's export JSON between rebuilds; null in a build.</param>
public sealed class SitePages(Catalog catalog, ViewBuilder views, bool searchAvailable, CatalogCache? cache = null)
{
    readonly Theme.Views.SiteView _site = views.Site();
    Theme.Views.SiteView? _siteWithChrome;

    PageJob Page<TPage>(string path, Func<RenderWorker, object> view, string origin) where TPage : IComponent
    {
        var file = Urls.FileOf(path);
        return new(file, worker => new RenderedPage(file, worker.Render<TPage>(new() { ["Site"] = SiteFor(worker), ["View"] = view(worker) }), origin))
        {
            Kind = typeof(TPage).Name,
        };
    }

    /// <summary>
    /// The site view with its chrome, rendered by the first worker that needs it. Two workers may both render it;
    /// they render the same markup, and either copy will do.
    /// </summary>
    Theme.Views.SiteView SiteFor(RenderWorker worker) => _siteWithChrome ??= _site with
    {
        Chrome = new(Markup<SiteHead>(worker), Markup<SiteHeader>(worker), Markup<SiteFooter>(worker)),
    };

    /// <summary>A part of every page as a string: what a worker renders is only its own until it renders again.</summary>
    string Markup<TPart>(RenderWorker worker) where TPart : IComponent =>
        worker.Render<TPart>(new() { ["Site"] = _site }).ToString();

    public PageJob Home() => Page<HomePage>(Urls.Home, views.Home, "input/site.yml");
    public PageJob NotFound() => Page<SimplePage>("404.html", _ => views.Simple(Text["not_found.title"], Text["not_found.description"], path: null, NotFoundBody()), "theme");
    public PageJob Search() => Page<SimplePage>(Urls.Search, _ => views.Simple(Text["search.title"], Text["search.description"], Urls.Search, SearchBody(), wide: true), "theme");
    public PageJob Article(Article a) => Page<ArticlePage>(Urls.Article(a.Slug), worker => views.Article(a, worker), a.Location.File);
    public PageJob Revisions(Article a) => Page<RevisionsPage>(Urls.Revisions(a.Slug), _ => views.RevisionsPage(a), a.Location.File);
    public PageJob Annotation(Anchor a) => Page<AnnotationPage>(Urls.Annotation(a.Annotation.Id), worker => views.AnnotationPage(a, worker), a.Annotation.Location.File);
    public PageJob TaxonomyIndex(Taxonomy t) => Page<TaxonomyIndexPage>(Urls.Taxonomy(t.Key), _ => views.TaxonomyIndex(t), "input/site.yml");
    public PageJob TermPage(Term term, int page) => Page<TermPage>(Urls.TermPage(term.Key, page), worker => views.TermPage(term, page, worker), term.Location.File);

    public PageJob Intersection(TermPair pair) =>
        Page<IntersectionPage>(Urls.Intersection(pair.First, pair.Second), _ => views.Intersection(pair), "input/tags");
    public PageJob Across(Term term, Taxonomy other) => Page<AcrossPage>(Urls.TermAcross(term.Key, other.Key), _ => views.Across(term, other), term.Location.File);
    public PageJob Matrix(TaxonomyPair pair) => Page<MatrixPage>(Urls.Matrix(pair.First, pair.Second), _ => views.Matrix(pair), "input/site.yml");
    public PageJob TermFeed(Term term) =>
        new(Urls.TermFeed(term.Key), _ => new RenderedPage(Urls.TermFeed(term.Key), SiteFiles.TermFeed(catalog, term), term.Location.File)) { Kind = nameof(TermFeed) };

    /// <summary>A term's lists across the other taxonomies it shares items with.</summary>
    public IEnumerable<PageJob> AcrossPages(Term term) => views.AcrossTaxonomies(term).Select(t => Across(term, t));

    /// <summary>The pages about two terms: what each pair shares, each term's lists across the others, the matrices.</summary>
    public IEnumerable<PageJob> CrossPages() =>
    [
        .. catalog.Intersections.Pairs
            .OrderBy(p => p.First.Taxonomy, StringComparer.Ordinal).ThenBy(p => p.First.Slug, StringComparer.Ordinal)
            .ThenBy(p => p.Second.Taxonomy, StringComparer.Ordinal).ThenBy(p => p.Second.Slug, StringComparer.Ordinal)
            .Select(Intersection),
        .. catalog.Terms.Values.SelectMany(AcrossPages),
        .. catalog.Site.MatrixPairs.Select(Matrix),
    ];

    public PageJob ArticleIndex(int page) => Page<ArticleIndexPage>(Urls.ArticleIndex(page), _ => views.ArticleIndex(page), "input/articles");

    /// <summary>The article index page listing <paramref name="article"/> (newest first).</summary>
    public PageJob ArticleIndexHolding(Article article) =>
        ArticleIndex(catalog.Articles.IndexOf(article) / catalog.Site.PageSize + 1);

    public IEnumerable<PageJob> TermPages(Term term) => Enumerable.Range(1, views.PageCountOf(term)).Select(p => TermPage(term, p));

    public IEnumerable<PageJob> All() =>
    [
        Home(), NotFound(), Search(),
        .. Enumerable.Range(1, views.ArticleIndexPageCount).Select(ArticleIndex),
        // Each article, then its notes' pages: a note's page takes over the note view its article's page made.
        .. catalog.Articles.SelectMany(a => catalog.AnchorsOf(a.Slug).Select(Annotation).Prepend(Article(a))),
        .. catalog.Articles.Where(a => !a.Revisions.IsEmpty).Select(Revisions),
        .. catalog.Site.Taxonomies.Select(TaxonomyIndex),
        .. catalog.Terms.Values.SelectMany(TermPages),
        .. CrossPages(),
    ];

    /// <summary>
    /// The machine-read files as jobs to render beside the pages: the sitemap lists the HTML pages' paths, known before
    /// any page is rendered, and the export's pages (about a megabyte each) are made one per job, not all at once.
    /// </summary>
    public IEnumerable<PageJob> MachineFiles(IEnumerable<string> htmlFiles)
    {
        var pagePaths = htmlFiles.Where(p => p != "404.html")
            .Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal);
        yield return Feed();
        yield return new("sitemap.xml", _ => new RenderedPage("sitemap.xml", SiteFiles.Sitemap(catalog, pagePaths), "input/site.yml")) { Kind = "Sitemap" };
        yield return new("robots.txt", _ => new RenderedPage("robots.txt", SiteFiles.Robots(catalog), "input/site.yml")) { Kind = "Robots" };
        yield return new("_headers", _ => new RenderedPage("_headers", SiteFiles.Headers(catalog), "theme")) { Kind = "Headers" };
        yield return new(TextStylesheet.Path, _ => new RenderedPage(TextStylesheet.Path, TextStylesheet.Of(catalog.Site.Text), "theme")) { Kind = nameof(TextStylesheet) };
        // Each term's feed, announced on its page; the sitemap lists pages only.
        foreach (var term in catalog.Terms.Values) yield return TermFeed(term);
        foreach (var job in WebAnnotationExport.Pages(catalog, cache: cache)) yield return job;
    }

    /// <summary>The Atom feed, which an edit of existing documents can change.</summary>
    public PageJob Feed() =>
        new(Urls.Feed, worker => new RenderedPage(Urls.Feed, SiteFiles.AtomFeed(catalog, worker.Markdown), "input/site.yml")) { Kind = nameof(Feed) };

    /// <summary>The pages of the Web Annotation export that hold <paramref name="notes"/>.</summary>
    public IEnumerable<PageJob> ExportPagesHolding(IReadOnlySet<string> notes) => WebAnnotationExport.Pages(catalog, notes, cache: cache);

    Theme.Views.InterfaceText Text => catalog.Site.Text;

    /// <summary>Interface text as HTML: the texts are the site author's, so they are escaped like any other text.</summary>
    string Html(string key) => WebUtility.HtmlEncode(Text[key]);

    string NotFoundBody() =>
        $"<p>{Html("not_found.text")}</p><p><a href=\"{catalog.Urls.Href(Urls.Home)}\">{Html("not_found.home")}</a>{Html("not_found.or")}" +
        $"<a href=\"{catalog.Urls.Href(Urls.Search)}\">{Html("not_found.search")}</a>{Html("not_found.end")}</p>";

    /// <summary>
    /// site.js mounts Pagefind's UI into #search, merging the bundles <c>pagefind/partitions.json</c> names; without
    /// JavaScript, or without an index, the page points to the tag indexes.
    /// </summary>
    string SearchBody()
    {
        var indexes = string.Join(Html("list_separator"), catalog.Site.Taxonomies.Select(t => $"<a href=\"{catalog.Urls.Href(Urls.Taxonomy(t.Key))}\">{WebUtility.HtmlEncode(t.Name)}</a>"));
        // The links are filled in after escaping: they are markup, the text around them is not.
        string WithIndexes(string key) => Html(key).Replace("{indexes}", indexes);
        if (!searchAvailable)
            return $"<p class=\"search-unavailable\">{WithIndexes("search.unavailable")}</p>";
        return $"<div id=\"search\" class=\"search\" data-bundle=\"{catalog.Urls.Href(Archive.Search.SearchBundles.Folder)}\" data-root=\"{catalog.Urls.Href(Urls.Home)}\" " +
               $"data-strings=\"{WebUtility.HtmlEncode(SearchPageStrings.Json(Text))}\"></div>" +
               $"<noscript><p class=\"search-fallback\">{WithIndexes("search.needs_script")}</p></noscript>";
    }
}
