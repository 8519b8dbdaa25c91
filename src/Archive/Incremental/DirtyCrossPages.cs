using System.Collections.Immutable;
using Archive.Linking;
using Archive.Model;
using Archive.Rendering;
using Archive.Taxonomies;

namespace Archive.Incremental;

/// <summary>
/// Which pages about two terms an edit of existing articles or notes touches: the intersection pages of every pair the
/// edited items count for, before or after (they list titles, summaries and quotes); where a pair's items changed,
/// both terms' first pages, their lists across each other's taxonomy and the matrices; the feeds of the items' terms;
/// and the articles beside an edited article in each of its terms (they name it as older or newer).
/// </summary>
public static class DirtyCrossPages
{
    /// <returns>False when a pair gains its first item or loses its last: the set of pages changes, a full build.</returns>
    public static bool Add(Catalog before, Catalog after, SitePages pages, ViewBuilder views,
        IEnumerable<(Article? Old, Article? New)> articles, IEnumerable<(Annotation? Old, Annotation? New)> notes, Action<PageJob> add)
    {
        var pairs = new HashSet<TermPair>();
        var feeds = new HashSet<TermKey>();
        var retagged = false;
        foreach (var (old, now) in articles)
        {
            pairs.UnionWith(before.Intersections.PairsOf(old!));
            pairs.UnionWith(after.Intersections.PairsOf(now!));
            foreach (var a in before.AnchorsOf(old!.Slug)) pairs.UnionWith(before.Intersections.PairsOf(a.Annotation, old));
            foreach (var a in after.AnchorsOf(now!.Slug)) pairs.UnionWith(after.Intersections.PairsOf(a.Annotation, now));
            feeds.UnionWith(old.Tags.Concat(now.Tags).Select(t => t.Key));
            retagged |= !SameKeys(old.Tags, now.Tags);
            if (old.Title != now.Title || !SameKeys(old.Tags, now.Tags))
                foreach (var neighbour in Neighbours(before, old).Concat(Neighbours(after, now)))
                    if (after.ArticlesBySlug.TryGetValue(neighbour, out var article)) add(pages.Article(article));
        }
        foreach (var (old, now) in notes)
        {
            pairs.UnionWith(before.Intersections.PairsOf(old!, before.ArticlesBySlug[old!.ArticleSlug]));
            pairs.UnionWith(after.Intersections.PairsOf(now!, after.ArticlesBySlug[now!.ArticleSlug]));
            feeds.UnionWith(old.Tags.Concat(now.Tags).Select(t => t.Key));
            retagged |= !SameKeys(old.Tags, now.Tags);
        }

        var changed = new HashSet<TermPair>();
        foreach (var pair in pairs)
        {
            var (was, now) = (before.Intersections.Of(pair), after.Intersections.Of(pair));
            if ((was is null) != (now is null)) return false;
            if (now is null) continue;
            add(pages.Intersection(pair));
            if (!now.SameAs(was!)) changed.Add(pair);
        }
        foreach (var pair in changed)
        {
            var (first, second) = (after.Terms[pair.First], after.Terms[pair.Second]);
            add(pages.TermPage(first, 1));
            add(pages.TermPage(second, 1));
            add(pages.Across(first, after.Site.FindTaxonomy(second.Key.Taxonomy)!));
            add(pages.Across(second, after.Site.FindTaxonomy(first.Key.Taxonomy)!));
        }
        // A matrix orders its terms by how much each is used, which any retagging can change.
        if (retagged || changed.Count > 0)
            foreach (var matrix in after.Site.MatrixPairs) add(pages.Matrix(matrix));
        foreach (var key in feeds)
            if (after.Terms.TryGetValue(key, out var term)) add(pages.TermFeed(term));
        return true;
    }

    static bool SameKeys(IEnumerable<TagRef> a, IEnumerable<TagRef> b) => a.Select(t => t.Key).ToHashSet().SetEquals(b.Select(t => t.Key));

    /// <summary>The articles just older and newer than <paramref name="article"/> in each of its terms.</summary>
    static IEnumerable<string> Neighbours(Catalog catalog, Article article)
    {
        foreach (var key in article.Tags.Select(t => t.Key).Distinct())
        {
            var list = catalog.TermIndex.UsageOf(key).Articles;
            var at = list.BinarySearch(article, ArticleOrder.Instance);
            if (at < 0) continue;
            if (at > 0) yield return list[at - 1].Slug;
            if (at + 1 < list.Length) yield return list[at + 1].Slug;
        }
    }
}
