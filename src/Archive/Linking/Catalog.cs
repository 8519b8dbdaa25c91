using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Engine;
using Archive.Model;
using Archive.Taxonomies;

namespace Archive.Linking;

/// <summary>
/// Everything the site is made of, indexed by key and linked: built once after parsing, then only read by the
/// renderers. Nothing here is recomputed per page.
/// </summary>
public sealed record Catalog(
    SiteSettings Site,
    Urls Urls,
    ImmutableArray<Article> Articles,
    ImmutableDictionary<string, Article> ArticlesBySlug,
    ImmutableDictionary<string, ImmutableArray<Anchor>> AnchorsByArticle,
    ImmutableDictionary<string, Anchor> AnchorsById,
    ImmutableDictionary<TermKey, Term> Terms,
    TermIndex TermIndex,
    ImmutableDictionary<PageRef, ImmutableArray<PageRef>> Backlinks) : Document
{
    public ImmutableArray<Anchor> AnchorsOf(string articleSlug) => AnchorsByArticle.GetValueOrDefault(articleSlug, []);

    /// <summary>The site-relative path a cross-link points to, with its fragment, or null when the target does not exist.</summary>
    public string? Resolve(Xref xref)
    {
        var path = PathOf(new PageRef(xref.Kind, xref.Slug));
        return path is null ? null : xref.Fragment is null ? path : path + "#" + xref.Fragment;
    }

    public string? PathOf(PageRef page) => page.Kind switch
    {
        PageRef.Articles => ArticlesBySlug.ContainsKey(page.Slug) ? Urls.Article(page.Slug) : null,
        PageRef.Annotations => AnchorsById.ContainsKey(page.Slug) ? Urls.Annotation(page.Slug) : null,
        _ => Terms.ContainsKey(new TermKey(page.Kind, page.Slug)) ? Urls.Term(new TermKey(page.Kind, page.Slug)) : null,
    };

    /// <summary>Every slug of a kind, for "did you mean" hints.</summary>
    public IReadOnlyCollection<string> SlugsOf(string kind) => kind switch
    {
        PageRef.Articles => ArticlesBySlug.Keys.ToList(),
        PageRef.Annotations => AnchorsById.Keys.ToList(),
        _ => Terms.Keys.Where(k => k.Taxonomy == kind).Select(k => k.Slug).ToList(),
    };

    public IReadOnlyCollection<string> Kinds => [PageRef.Articles, PageRef.Annotations, .. Site.Taxonomies.Select(t => t.Key)];

    /// <summary>A page's display title, for backlink lists.</summary>
    public string TitleOf(PageRef page) => page.Kind switch
    {
        PageRef.Articles => ArticlesBySlug[page.Slug].Title,
        PageRef.Annotations => "註：「" + AnchorsById[page.Slug].Annotation.Quote.Exact + "」",
        _ => Terms[new TermKey(page.Kind, page.Slug)].Name,
    };
}
