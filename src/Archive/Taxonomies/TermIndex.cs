using System.Collections.Immutable;
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
        var taggedArticles = new Dictionary<TermKey, ImmutableArray<Article>.Builder>();
        var taggedNotes = new Dictionary<TermKey, ImmutableArray<Anchor>.Builder>();
        var together = new Dictionary<(TermKey, TermKey), int>();

        void CountTogether(IEnumerable<TermKey> keys)
        {
            var distinct = keys.Where(terms.ContainsKey).Distinct().ToArray();
            foreach (var a in distinct)
                foreach (var b in distinct)
                    if (!a.Equals(b)) together[(a, b)] = together.GetValueOrDefault((a, b)) + 1;
        }

        foreach (var article in articles)
        {
            foreach (var key in article.Tags.Select(t => t.Key).Distinct())
                Add(taggedArticles, key, article);
            CountTogether(article.Tags.Select(t => t.Key));
        }
        foreach (var anchor in anchors)
        {
            foreach (var key in anchor.Annotation.Tags.Select(t => t.Key).Distinct())
                Add(taggedNotes, key, anchor);
            CountTogether(anchor.Annotation.Tags.Select(t => t.Key));
        }
        // A term's own links (an incident's countries) relate it as strongly as one shared item does.
        foreach (var term in terms.Values)
            foreach (var other in term.Related.Select(r => r.Key).Where(terms.ContainsKey).Distinct())
            {
                together[(term.Key, other)] = together.GetValueOrDefault((term.Key, other)) + 1;
                together[(other, term.Key)] = together.GetValueOrDefault((other, term.Key)) + 1;
            }

        var usage = terms.Keys.ToImmutableDictionary(k => k, k => new TermUsage(
            taggedArticles.TryGetValue(k, out var a) ? a.ToImmutable() : [],
            taggedNotes.TryGetValue(k, out var n) ? n.ToImmutable() : []));
        var related = together
            .GroupBy(p => p.Key.Item1, p => new RelatedTerm(terms[p.Key.Item2], p.Value))
            .ToImmutableDictionary(g => g.Key, g => g
                .OrderByDescending(r => r.Count).ThenBy(r => r.Term.Key.Taxonomy, StringComparer.Ordinal).ThenBy(r => r.Term.Key.Slug, StringComparer.Ordinal)
                .ToImmutableArray());
        return new TermIndex(usage, related);
    }

    static void Add<T>(Dictionary<TermKey, ImmutableArray<T>.Builder> map, TermKey key, T item)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = ImmutableArray.CreateBuilder<T>();
        list.Add(item);
    }
}
