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
/// what the rest of the catalog is keyed or ordered by — a slug, an id, a date — and a full rebuild must run.
/// </summary>
public static class CatalogPatch
{
    public static Catalog? Apply(Catalog before, IReadOnlyList<(Article Old, Article New)> articles, IReadOnlyList<(Annotation Old, Annotation New)> notes,
        DiagnosticBag diagnostics, CatalogCache cache)
    {
        if (articles.Any(a => a.Old.Slug != a.New.Slug || a.Old.Date != a.New.Date)) return null;
        if (notes.Any(n => n.Old.Id != n.New.Id || n.Old.ArticleSlug != n.New.ArticleSlug)) return null;
        // Gaining or losing earlier versions adds or removes a revisions page; accepted orphans are rare enough to rebuild for.
        if (articles.Any(a => a.Old.Revisions.IsEmpty != a.New.Revisions.IsEmpty)) return null;
        if (articles.Select(a => a.New.Slug).Concat(notes.Select(n => n.New.ArticleSlug)).Any(slug => !before.OrphansOf(slug).IsEmpty)) return null;

        var list = before.Articles.ToBuilder();
        var bySlug = new Dictionary<string, Article>(before.ArticlesBySlug, StringComparer.Ordinal);
        foreach (var (old, now) in articles)
        {
            var at = list.IndexOf(old, 0, list.Count, ReferenceEqualityComparer.Instance);
            if (at < 0) return null;
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
            if (notes.Any(n => n.New.ArticleSlug == slug && !old.Any(a => ReferenceEquals(a.Annotation, n.Old)))) return null;
            var anchoring = CatalogBuilder.AnchorNotes(bySlug[slug], histories.GetValueOrDefault(slug), mine, diagnostics, cache);
            if (!anchoring.Orphans.IsEmpty) return diagnostics.HasErrors ? before : null;
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
        TagChecks.WarnUnused(retagged, termIndex, diagnostics);
        TagChecks.Suggest(before.Terms.Values.ToList(), articles.Select(a => a.New),
            notes.Select(n => anchorsById[n.New.Id]), diagnostics);

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
        return CrossLinks.Patch(before.Backlinks, sources, catalog, diagnostics, cache) is { } backlinks
            ? catalog with { Backlinks = backlinks }
            : null;
    }
}
