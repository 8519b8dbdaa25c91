using System.Collections.Immutable;
using Archive.Parsing;
using Archive.Annotations;
using Archive.Engine;
using Archive.Model;
using Archive.Taxonomies;

namespace Archive.Linking;

/// <summary>
/// Everything the site is made of, indexed by key and linked: built once after parsing, then only read by the
/// renderers. Nothing here is recomputed per page.
/// </summary>
/// <remarks>
/// The indexes are hash tables behind read-only views: every page looks several up, and an immutable dictionary's
/// tree walk cost more across a build than preview saves by patching one in place (it copies the tables it changes).
/// </remarks>
public sealed partial record Catalog(
    SiteSettings Site,
    Urls Urls,
    ImmutableArray<Article> Articles,
    IReadOnlyDictionary<string, Article> ArticlesBySlug,
    IReadOnlyDictionary<string, ImmutableArray<Anchor>> AnchorsByArticle,
    IReadOnlyDictionary<string, Anchor> AnchorsById,
    IReadOnlyDictionary<TermKey, Term> Terms,
    TermIndex TermIndex,
    IReadOnlyDictionary<PageRef, ImmutableArray<PageRef>> Backlinks,
    AnchorOrder AnchorOrder)
{
    public ImmutableArray<Anchor> AnchorsOf(string articleSlug) => AnchorsByArticle.GetValueOrDefault(articleSlug, []);

    /// <summary>Where an article sits in <see cref="Articles"/> (newest first), by binary search.</summary>
    public int IndexOf(Article article) => Articles.BinarySearch(article, ArticleOrder.Instance);

    /// <summary>The site-relative path a cross-link points to, with its fragment, or null when the target does not exist.</summary>
    public string? Resolve(Xref xref)
    {
        var path = PathOf(new PageRef(xref.Kind, xref.Slug));
        return path is null ? null : xref.Fragment is null ? path : path + "#" + xref.Fragment;
    }

    public string? PathOf(PageRef page) => page.Kind switch
    {
        PageRef.Articles => ArticlesBySlug.ContainsKey(page.Slug) ? Urls.Article(page.Slug) : null,
        PageRef.Annotations => AnchorsById.ContainsKey(page.Slug) ? Urls.Annotation(page.Slug)
            // An accepted orphan has no passage, hence no page of its own: it is listed at the end of its article.
            : OrphansById.TryGetValue(page.Slug, out var orphan) ? Urls.NoteInArticle(orphan.Note.ArticleSlug, page.Slug) : null,
        _ => Terms.ContainsKey(new TermKey(page.Kind, page.Slug)) ? Urls.Term(new TermKey(page.Kind, page.Slug)) : null,
    };

    /// <summary>Every slug of a kind, for "did you mean" hints.</summary>
    public IReadOnlyCollection<string> SlugsOf(string kind) => kind switch
    {
        PageRef.Articles => ArticlesBySlug.Keys.ToList(),
        PageRef.Annotations => [.. AnchorsById.Keys, .. OrphansById.Keys],
        _ => Terms.Keys.Where(k => k.Taxonomy == kind).Select(k => k.Slug).ToList(),
    };

    public IReadOnlyCollection<string> Kinds => [PageRef.Articles, PageRef.Annotations, .. Site.Taxonomies.Select(t => t.Key)];

    /// <summary>A page's display title, for backlink lists.</summary>
    public string TitleOf(PageRef page) => page.Kind switch
    {
        PageRef.Articles => ArticlesBySlug[page.Slug].Title,
        PageRef.Annotations => Site.Text.Format("note.title", ("quote", (AnchorsById.TryGetValue(page.Slug, out var a) ? a.Annotation : OrphansById[page.Slug].Note).Quote.Exact)),
        _ => Terms[new TermKey(page.Kind, page.Slug)].Name,
    };
}

/// <summary>
/// Every anchor of the archive in one array, in article order and then reading order, with where each article's run
/// starts (aligned with <see cref="Catalog.Articles"/>, plus the end), and the notes that carry their own date. Whole-
/// archive outputs (the feed, the Web Annotation export) read this instead of looking up ten thousand articles.
/// </summary>
public sealed record AnchorOrder(ImmutableArray<Anchor> All, ImmutableArray<int> Starts, ImmutableArray<Anchor> Dated)
{
    public static AnchorOrder Of(ImmutableArray<Article> articles, IReadOnlyDictionary<string, ImmutableArray<Anchor>> anchorsByArticle)
    {
        var all = ImmutableArray.CreateBuilder<Anchor>();
        var starts = ImmutableArray.CreateBuilder<int>(articles.Length + 1);
        foreach (var article in articles)
        {
            starts.Add(all.Count);
            all.AddRange(anchorsByArticle.GetValueOrDefault(article.Slug, []));
        }
        starts.Add(all.Count);
        return new AnchorOrder(all.ToImmutable(), starts.MoveToImmutable(), [.. all.Where(a => a.Annotation.Date is not null)]);
    }

    /// <summary>The anchors of the article at <paramref name="index"/> in the catalog's order.</summary>
    public ReadOnlySpan<Anchor> Of(int index) => All.AsSpan()[Starts[index]..Starts[index + 1]];

    /// <summary>The same order with one article's anchors replaced (same count: preview never adds or removes notes).</summary>
    public AnchorOrder WithArticle(int index, ImmutableArray<Anchor> anchors, string slug)
    {
        var start = Starts[index];
        var all = All.ToBuilder();
        for (var i = 0; i < anchors.Length; i++) all[start + i] = anchors[i];
        var dated = Dated.Where(a => a.Annotation.ArticleSlug != slug).Concat(anchors.Where(a => a.Annotation.Date is not null));
        return this with { All = all.MoveToImmutable(), Dated = [.. dated] };
    }
}
