using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Archive.Annotations;
using Archive.Model;

namespace Archive.Taxonomies;

/// <summary>A term with how often it appears beside another.</summary>
public sealed record RelatedTerm(Term Term, int Count);

/// <summary>What is tagged with a term: articles newest first, notes in article and reading order.</summary>
public sealed record TermUsage(ImmutableArray<Article> Articles, ImmutableArray<Anchor> Notes)
{
    public static readonly TermUsage Empty = new([], []);
}

/// <summary>
/// The taxonomy side of the catalog, built in one pass over the tagged items: who is tagged with each term, and which
/// terms occur together (ranked by count). Linear in the number of tags.
/// </summary>
public sealed class TermIndex
{
    readonly ImmutableDictionary<TermKey, TermUsage> _usage;
    readonly ImmutableDictionary<TermKey, ImmutableArray<RelatedTerm>> _related;

    TermIndex(ImmutableDictionary<TermKey, TermUsage> usage, ImmutableDictionary<TermKey, ImmutableArray<RelatedTerm>> related)
    {
        _usage = usage;
        _related = related;
    }

    public TermUsage UsageOf(TermKey key) => _usage.GetValueOrDefault(key, TermUsage.Empty);

    public ImmutableArray<RelatedTerm> RelatedTo(TermKey key) => _related.GetValueOrDefault(key, []);

    /// <param name="articles">Newest first.</param>
    /// <param name="anchors">In article order, then reading order.</param>
    public static TermIndex Build(IReadOnlyDictionary<TermKey, Term> terms, IEnumerable<Article> articles, IEnumerable<Anchor> anchors)
    {
        // Terms are numbered once, so the pair counts of sixty thousand items are kept under one number per pair
        // instead of a tuple of four strings hashed again for every pair.
        var keys = terms.Keys.ToArray();
        var number = new Dictionary<TermKey, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++) number[keys[i]] = i;
        var taggedArticles = new ImmutableArray<Article>.Builder?[keys.Length];
        var taggedNotes = new ImmutableArray<Anchor>.Builder?[keys.Length];
        var together = new Dictionary<long, int>();
        var distinct = new List<int>();

        void Count(int a, int b) => CollectionsMarshal.GetValueRefOrAddDefault(together, (long)a * keys.Length + b, out _)++;

        List<int> Numbers(ImmutableArray<TagRef> tags)
        {
            distinct.Clear();
            foreach (var tag in tags)
                if (number.TryGetValue(tag.Key, out var n) && !distinct.Contains(n)) distinct.Add(n);
            return distinct;
        }

        void CountTogether(List<int> items)
        {
            foreach (var a in items)
                foreach (var b in items)
                    if (a != b) Count(a, b);
        }

        foreach (var article in articles)
        {
            var items = Numbers(article.Tags);
            foreach (var n in items) (taggedArticles[n] ??= ImmutableArray.CreateBuilder<Article>()).Add(article);
            CountTogether(items);
        }
        foreach (var anchor in anchors)
        {
            var items = Numbers(anchor.Annotation.Tags);
            foreach (var n in items) (taggedNotes[n] ??= ImmutableArray.CreateBuilder<Anchor>()).Add(anchor);
            CountTogether(items);
        }
        // A term's own links (an event's places) relate it as strongly as one shared item does.
        foreach (var term in terms.Values)
            foreach (var other in Numbers(term.Related))
            {
                Count(number[term.Key], other);
                Count(other, number[term.Key]);
            }

        var usage = Enumerable.Range(0, keys.Length).ToImmutableDictionary(i => keys[i], i => new TermUsage(
            taggedArticles[i]?.ToImmutable() ?? [], taggedNotes[i]?.ToImmutable() ?? []));
        var related = together
            .GroupBy(p => (int)(p.Key / keys.Length), p => new RelatedTerm(terms[keys[(int)(p.Key % keys.Length)]], p.Value))
            .ToImmutableDictionary(g => keys[g.Key], Ranked);
        return new TermIndex(usage, related);
    }

    static ImmutableArray<RelatedTerm> Ranked(IEnumerable<RelatedTerm> related) =>
    [
        .. related.OrderByDescending(r => r.Count)
            .ThenBy(r => r.Term.Key.Taxonomy, StringComparer.Ordinal).ThenBy(r => r.Term.Key.Slug, StringComparer.Ordinal),
    ];

    /// <summary>
    /// The index after edits of existing articles and notes (same slugs, same dates, so the same order), touching only
    /// the terms those items carried or now carry: what an edit costs does not grow with the archive.
    /// </summary>
    /// <param name="articles">Edited articles, old and new.</param>
    /// <param name="anchors">For every article whose notes were re-anchored, its anchors before and after.</param>
    /// <param name="articleOf">The (new) article of a slug.</param>
    public TermIndex With(IReadOnlyDictionary<TermKey, Term> terms, IEnumerable<(Article Old, Article New)> articles,
        IEnumerable<(ImmutableArray<Anchor> Old, ImmutableArray<Anchor> New)> anchors, Func<string, Article> articleOf)
    {
        var usage = _usage.ToBuilder();
        var together = new Dictionary<(TermKey, TermKey), int>();
        HashSet<TermKey> Keys(IEnumerable<TagRef> tags) => tags.Select(t => t.Key).Where(terms.ContainsKey).ToHashSet();
        void CountTogether(HashSet<TermKey> keys, int by)
        {
            foreach (var a in keys)
                foreach (var b in keys)
                    if (!a.Equals(b)) together[(a, b)] = together.GetValueOrDefault((a, b)) + by;
        }

        foreach (var (old, now) in articles)
        {
            var (before, after) = (Keys(old.Tags), Keys(now.Tags));
            foreach (var key in before.Union(after))
            {
                var current = usage.GetValueOrDefault(key, TermUsage.Empty);
                var list = current.Articles;
                var at = list.IndexOf(old, ReferenceEqualityComparer.Instance);
                if (at >= 0) list = after.Contains(key) ? list.SetItem(at, now) : list.RemoveAt(at);
                else if (after.Contains(key)) list = list.Insert(InsertionPoint(list, now, a => a), now);
                usage[key] = current with { Articles = list };
            }
            CountTogether(before, -1);
            CountTogether(after, +1);
        }

        foreach (var (old, now) in anchors)
        {
            if (old.IsEmpty && now.IsEmpty) continue;
            var article = articleOf((now.IsEmpty ? old : now)[0].Annotation.ArticleSlug);
            var oldKeys = old.Select(a => Keys(a.Annotation.Tags)).ToList();
            var newKeys = now.Select(a => Keys(a.Annotation.Tags)).ToList();
            foreach (var key in oldKeys.Concat(newKeys).SelectMany(k => k).Distinct())
            {
                // An article's notes sit together in a term's list, in reading order: replace that run.
                var current = usage.GetValueOrDefault(key, TermUsage.Empty);
                var list = current.Notes;
                var at = InsertionPoint(list, article, a => articleOf(a.Annotation.ArticleSlug));
                var count = 0;
                while (at + count < list.Length && list[at + count].Annotation.ArticleSlug == article.Slug) count++;
                list = list.RemoveRange(at, count).InsertRange(at, now.Where((_, i) => newKeys[i].Contains(key)));
                usage[key] = current with { Notes = list };
            }
            foreach (var keys in oldKeys) CountTogether(keys, -1);
            foreach (var keys in newKeys) CountTogether(keys, +1);
        }

        var related = _related.ToBuilder();
        foreach (var group in together.Where(p => p.Value != 0).GroupBy(p => p.Key.Item1))
        {
            var counts = _related.GetValueOrDefault(group.Key, []).ToDictionary(r => r.Term.Key, r => r.Count);
            foreach (var ((_, other), by) in group) counts[other] = counts.GetValueOrDefault(other) + by;
            var ranked = Ranked(counts.Where(c => c.Value > 0).Select(c => new RelatedTerm(terms[c.Key], c.Value)));
            if (ranked.IsEmpty) related.Remove(group.Key);
            else related[group.Key] = ranked;
        }
        return new TermIndex(usage.ToImmutable(), related.ToImmutable());
    }

    /// <summary>Where <paramref name="article"/>'s items go in a list kept in article order.</summary>
    static int InsertionPoint<T>(ImmutableArray<T> list, Article article, Func<T, Article> articleOf)
    {
        var (low, high) = (0, list.Length);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (ArticleOrder.Instance.Compare(articleOf(list[mid]), article) < 0) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
