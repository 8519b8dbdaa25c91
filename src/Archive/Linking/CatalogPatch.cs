using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Diagnostics;
using Archive.Model;
using Archive.Taxonomies;

namespace Archive.Linking;

/// <summary>
/// Applies edits of existing articles and notes to the previous catalog instead of rebuilding it: only the edited
/// articles are re-anchored, only the terms they carry re-indexed, only their links re-checked. A save in preview
/// then costs the same in a ten-thousand-article archive as in a small one. Gives up (null) when an edit changes
/// what the rest of the catalog is keyed or ordered by — a slug, an id, a date — and a full rebuild must run; it then
/// says why. Diagnostics of the checks it runs again for unedited documents (their notes re-anchored, their tags'
/// terms) go to <c>found</c>, and the same checks on the state before the edit to <c>retracted</c>, so that the
/// archive's list of diagnostics can be brought up to date without a full pass.
/// </summary>
public static class CatalogPatch
{
    public static Catalog? Apply(Catalog before, IReadOnlyList<(Article Old, Article New)> articles, IReadOnlyList<(Annotation Old, Annotation New)> notes,
        DiagnosticBag diagnostics, DiagnosticBag retracted, CatalogCache cache, out string? fallback)
    {
        fallback = Fallback(before, articles, notes);
        return fallback is null ? Patch(before, articles, notes, diagnostics, retracted, cache, out fallback) : null;
    }

    static string? Fallback(Catalog before, IReadOnlyList<(Article Old, Article New)> articles, IReadOnlyList<(Annotation Old, Annotation New)> notes)
    {
        if (articles.Any(a => a.Old.Slug != a.New.Slug || a.Old.Date != a.New.Date)) return "an article's slug or date changed (the order of every list)";
        if (notes.Any(n => n.Old.Id != n.New.Id || n.Old.ArticleSlug != n.New.ArticleSlug)) return "a note's id or article changed";
        // Gaining or losing earlier versions adds or removes a revisions page; accepted orphans are rare enough to rebuild for.
        if (articles.Any(a => a.Old.Revisions.IsEmpty != a.New.Revisions.IsEmpty)) return "an article gained or lost its earlier versions (a revisions page)";
        if (articles.Select(a => a.New.Slug).Concat(notes.Select(n => n.New.ArticleSlug)).Any(slug => !before.OrphansOf(slug).IsEmpty))
            return "the edited article has orphaned notes";
        return null;
    }

    static Catalog? Patch(Catalog before, IReadOnlyList<(Article Old, Article New)> articles, IReadOnlyList<(Annotation Old, Annotation New)> notes,
        DiagnosticBag diagnostics, DiagnosticBag retracted, CatalogCache cache, out string? fallback)
    {
        fallback = null;

        var list = before.Articles.ToBuilder();
        var bySlug = new Dictionary<string, Article>(before.ArticlesBySlug, StringComparer.Ordinal);
        foreach (var (old, now) in articles)
        {
            var at = list.IndexOf(old, 0, list.Count, ReferenceEqualityComparer.Instance);
            if (at < 0) { fallback = "an edited article is not in the last catalog"; return null; }
            list[at] = now;
            bySlug[now.Slug] = now;
        }

        // Every article whose text or notes changed is anchored again; its other notes keep their objects.
        var replaced = notes.ToDictionary(n => n.Old, n => n.New, (IEqualityComparer<Annotation>)ReferenceEqualityComparer.Instance);
        var reanchored = new List<(ImmutableArray<Anchor> Old, ImmutableArray<Anchor> New)>();
        var anchorsByArticle = new Dictionary<string, ImmutableArray<Anchor>>(before.AnchorsByArticle, StringComparer.Ordinal);
        var order = before.AnchorOrder;
        var anchorsById = new Dictionary<string, Anchor>(before.AnchorsById, StringComparer.Ordinal);
        var histories = new Dictionary<string, Revisions.ArticleHistory>(before.Histories, StringComparer.Ordinal);
        var health = new Dictionary<string, ImmutableArray<Revisions.AnchorHealth>>(before.HealthByArticle, StringComparer.Ordinal);
        foreach (var (_, now) in articles)
            if (!now.Revisions.IsEmpty) histories[now.Slug] = new Revisions.ArticleHistory(now);
        foreach (var slug in articles.Select(a => a.New.Slug).Concat(notes.Select(n => n.New.ArticleSlug)).Distinct())
        {
            var old = before.AnchorsOf(slug);
            var mine = old.Select(a => replaced.TryGetValue(a.Annotation, out var now) ? now : a.Annotation).ToArray();
            if (notes.Any(n => n.New.ArticleSlug == slug && !old.Any(a => ReferenceEquals(a.Annotation, n.Old))))
            {
                fallback = "an edited note had no anchor in the last catalog";
                return null;
            }
            CatalogBuilder.AnchorNotes(before.ArticlesBySlug[slug], before.Histories.GetValueOrDefault(slug),
                [.. old.Select(a => a.Annotation)], retracted, cache: null);
            var anchoring = CatalogBuilder.AnchorNotes(bySlug[slug], histories.GetValueOrDefault(slug), mine, diagnostics, cache);
            if (!anchoring.Orphans.IsEmpty)
            {
                if (!diagnostics.HasErrors) fallback = "a note of the edited article is now orphaned";
                return diagnostics.HasErrors ? before : null;
            }
            var anchors = anchoring.Anchors;
            if (anchors.Length != old.Length) return before; // a note did not anchor: reported, the save fails
            health[slug] = anchoring.Health;
            order = order.WithArticle(before.IndexOf(before.ArticlesBySlug[slug]), anchors, slug);
            anchorsByArticle[slug] = anchors;
            foreach (var anchor in anchors) anchorsById[anchor.Annotation.Id] = anchor;
            reanchored.Add((old, anchors));
        }
        if (diagnostics.HasErrors) return before;

        TagChecks.RejectUnknown(articles.SelectMany(a => a.New.Tags).Concat(notes.SelectMany(n => n.New.Tags)), before.Terms, diagnostics);
        if (diagnostics.HasErrors) return before;

        var termIndex = before.TermIndex.With(before.Terms, articles, reanchored, slug => bySlug[slug]);
        var retagged = articles.SelectMany(a => a.Old.Tags.Concat(a.New.Tags))
            .Concat(notes.SelectMany(n => n.Old.Tags.Concat(n.New.Tags)))
            .Select(t => t.Key).Distinct().Where(before.Terms.ContainsKey).Select(k => before.Terms[k]);
        TagChecks.WarnUnused(retagged, before.TermIndex, retracted);
        TagChecks.WarnUnused(retagged, termIndex, diagnostics);
        // Suggestions for every note anchored again, edited or not: its diagnostics were retracted with its anchoring's.
        var suggester = cache.SuggesterFor(before.Terms);
        suggester.Suggest(articles.Select(a => a.Old), reanchored.SelectMany(r => r.Old), retracted);
        suggester.Suggest(articles.Select(a => a.New), reanchored.SelectMany(r => r.New), diagnostics);

        // Every article touched, with its notes before and after: its notes count for its terms in intersections.
        var intersections = before.Intersections.With(articles.Select(a => a.New.Slug).Concat(notes.Select(n => n.New.ArticleSlug)).Distinct()
            .Select(slug => (before.ArticlesBySlug[slug], before.AnchorsOf(slug), bySlug[slug], anchorsByArticle.GetValueOrDefault(slug, []))));
        var catalog = before with
        {
            Intersections = intersections,
            Articles = list.ToImmutable(),
            ArticlesBySlug = bySlug,
            AnchorsByArticle = anchorsByArticle,
            AnchorsById = anchorsById,
            TermIndex = termIndex,
            AnchorOrder = order,
            Histories = histories,
            HealthByArticle = health,
        };
        var sources = articles.Select(a => (a.Old.Body, new LinkSource(new PageRef(PageRef.Articles, a.New.Slug), a.New.Location.File, a.New.Body)))
            .Concat(notes.Select(n => (n.Old.Body, new LinkSource(new PageRef(PageRef.Annotations, n.New.Id), n.New.Location.File, n.New.Body))));
        if (CrossLinks.Patch(before.Backlinks, sources, catalog, diagnostics, cache) is { } backlinks) return catalog with { Backlinks = backlinks };
        fallback = "the cross-links an edited document made before are not known";
        return null;
    }
}
