using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Linking;
using Archive.Model;
using Archive.Parsing;
using Archive.Theme.Views;

namespace Archive.Rendering;

/// <summary>
/// Turns the catalog into the view records layouts receive, URLs already computed. Layouts never see the model,
/// and no layout decides a URL.
/// </summary>
/// <param name="image">The picture shared links show (<see cref="SiteImage"/>), when the theme has one.</param>
/// <remarks>
/// Shared by every <see cref="RenderWorker"/>: a view that renders Markdown or JSON takes the worker it is built for,
/// whose renderers it uses.
/// </remarks>
public sealed partial class ViewBuilder(Catalog catalog, string? liveReloadScript = null, SiteImage? image = null)
{
    readonly Urls _urls = catalog.Urls;
    readonly Theme.Views.InterfaceText _text = catalog.Site.Text;

    public Catalog Catalog => catalog;

    public SiteView Site() => new(
        catalog.Site.Title,
        catalog.Site.Language,
        _urls.Href(Urls.Home),
        _urls.Href(Urls.Search),
        _urls.Href(Urls.Feed),
        _urls.Href(Urls.Asset("site.css")),
        _urls.Href(Urls.Asset("site.js")),
        _urls.Href(Urls.Asset("favicon.svg")),
        [
            new NavLink(_text["nav.home"], _urls.Href(Urls.Home)),
            new NavLink(_text["nav.articles"], _urls.Href(Urls.ArticleIndex(1))),
            .. catalog.Site.Taxonomies.Select(t => new NavLink(t.Name, _urls.Href(Urls.Taxonomy(t.Key)))),
            new NavLink(_text["nav.search"], _urls.Href(Urls.Search)),
        ],
        liveReloadScript)
    {
        Text = _text,
        TextStylesheetHref = _urls.Href(TextStylesheet.Path),
        // The card shows the site, not one page, so its text alternative is the site's name.
        Image = image is null ? null : new SocialImage(_urls.Absolute(image.AssetPath), image.Width, image.Height, catalog.Site.Title),
    };

    public DateView Date(DateOnly date) => new(date.ToString("yyyy-MM-dd"), _text.Date(date));

    /// <param name="path">The page's path, or null for a page served at any address (404.html), which names no canonical URL.</param>
    PageMeta Meta(string title, string description, string? path, string type, string? jsonLd = null) =>
        new(title, Shorten(description, 160), path is null ? null : _urls.Absolute(path), type, jsonLd);

    ImmutableArray<TagChip> Chips(IEnumerable<TagRef> tags, Func<TermKey, bool>? filter = null) =>
    [
        .. tags.Select(t => t.Key).Distinct()
            .Where(k => catalog.Terms.ContainsKey(k) && (filter?.Invoke(k) ?? true))
            .Select(k => Chip(k, catalog.Site.FindTaxonomy(k.Taxonomy))),
    ];

    TagChip Chip(TermKey key, Taxonomy? taxonomy) =>
        new(catalog.Terms[key].Name, _urls.Href(Urls.Term(key)), key.Taxonomy, taxonomy?.Name ?? key.Taxonomy, taxonomy?.Dated ?? false);

    /// <summary>An article's chips, one group per taxonomy of site.yml's <c>article_chips</c>, in its order; empty groups left out.</summary>
    ImmutableArray<ChipGroup> ChipGroups(IEnumerable<TagRef> tags) =>
    [
        .. catalog.Site.ArticleChips
            .Select(t => new ChipGroup(t.Name, Chips(tags, k => k.Taxonomy == t.Key)))
            .Where(g => g.Chips.Length > 0),
    ];

    /// <summary>The chips an article shows in lists: its main taxonomy's (the first of <c>article_chips</c>).</summary>
    ImmutableArray<TagChip> MainChips(IEnumerable<TagRef> tags) =>
        catalog.Site.ArticleChips.IsEmpty ? [] : Chips(tags, k => k.Taxonomy == catalog.Site.ArticleChips[0].Key);

    ImmutableArray<LinkView> Backlinks(PageRef page) =>
    [
        .. catalog.Backlinks.GetValueOrDefault(page, []).Select(source => new LinkView(
            catalog.TitleOf(source), _urls.Href(catalog.PathOf(source)!), KindName(source.Kind))),
    ];

    string KindName(string kind) => kind switch
    {
        PageRef.Articles => _text["kind.article"],
        PageRef.Annotations => _text["kind.note"],
        _ => catalog.Site.FindTaxonomy(kind)?.Name ?? kind,
    };

    /// <summary>The text with each run of white space made one space, cut to <paramref name="max"/> characters with "…".</summary>
    public static string Shorten(string text, int max)
    {
        // Flattens only as much as it keeps: an article's description reads the first 160 of its 6,000 characters.
        var flat = new System.Text.StringBuilder(max + 1);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = flat.Length > 0; continue; }
            if (space) flat.Append(' ');
            space = false;
            flat.Append(c);
            if (flat.Length > max) break;
        }
        return flat.Length <= max ? flat.ToString() : flat.ToString(0, max - 1) + "…";
    }

    /// <summary>The first paragraph of a body, cut at a word or sentence boundary near <paramref name="max"/> characters.</summary>
    static string Excerpt(Markdig.Syntax.MarkdownDocument body, int max)
    {
        var text = ArticleText.Of(body);
        var first = text.Blocks.Length > 0 ? text.Blocks[0].Text.ToString() : "";
        if (first.Length <= max) return first;
        var cut = first.LastIndexOfAny([' ', '。', '，', '；', '、'], max - 1);
        return (cut > max / 2 ? first[..(cut + 1)].TrimEnd() : first[..(max - 1)]) + "…";
    }

    /// <summary>A Markdown body's plain text, for descriptions and excerpts.</summary>
    static string PlainText(Markdig.Syntax.MarkdownDocument body) => ArticleText.Of(body).Joined;

    public ArticleSummary Summary(Article article) => new(
        article.Title,
        _urls.Href(Urls.Article(article.Slug)),
        Date(article.Date),
        article.Summary,
        catalog.AnchorsOf(article.Slug).Length,
        MainChips(article.Tags),
        catalog.Site.ArticleChips.IsEmpty ? "" : catalog.Site.ArticleChips[0].Name);

    /// <summary>How many of the newest articles the home page shows; /articles/ lists them all.</summary>
    const int HomeArticles = 20;

    public HomeView Home(RenderWorker worker) => new(
        Meta(catalog.Site.Title, catalog.Site.Description, Urls.Home, "website", JsonLd.WebSite(catalog, worker.Json)),
        catalog.Site.Description,
        [.. catalog.Articles.Take(HomeArticles).Select(Summary)],
        catalog.Articles.Length,
        _urls.Href(Urls.ArticleIndex(1)),
        [.. catalog.Site.Taxonomies.Select(t => new TaxonomySummary(t.Name, t.NameEn, _urls.Href(Urls.Taxonomy(t.Key)),
            catalog.Terms.Keys.Count(k => k.Taxonomy == t.Key)))]);

    public int ArticleIndexPageCount => Math.Max(1, (catalog.Articles.Length + catalog.Site.PageSize - 1) / catalog.Site.PageSize);

    public ArticleIndexView ArticleIndex(int page)
    {
        var size = catalog.Site.PageSize;
        var pages = ArticleIndexPageCount;
        return new ArticleIndexView(
            Meta(page > 1 ? _text.Format("page_title_numbered", ("title", _text["articles.title"]), ("page", page)) : _text["articles.title"],
                _text["articles.description"], Urls.ArticleIndex(page), "website"),
            catalog.Articles.Length,
            [.. catalog.Articles.Skip((page - 1) * size).Take(size).Select(Summary)],
            new PagerView(page, pages,
                page > 1 ? _urls.Href(Urls.ArticleIndex(page - 1)) : null,
                page < pages ? _urls.Href(Urls.ArticleIndex(page + 1)) : null));
    }

    public SimplePageView Simple(string title, string description, string? path, string bodyHtml, bool wide = false) =>
        new(Meta(title, description, path, "website"), title, bodyHtml, wide);
}
