using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Model;

namespace Archive.Taxonomies;

/// <summary>
/// Two terms of different taxonomies, the one whose taxonomy is declared first in <c>First</c>: one key, and so one
/// intersection page, per unordered pair.
/// </summary>
public readonly record struct TermPair(TermKey First, TermKey Second)
{
    public TermKey Other(TermKey key) => key.Equals(First) ? Second : First;
}

/// <summary>What two terms share: article slugs and note ids, in no particular order (pages sort them).</summary>
public sealed record PairItems(ImmutableArray<string> Articles, ImmutableArray<string> Notes)
{
    public int Count => Articles.Length + Notes.Length;

    public bool SameAs(PairItems other) =>
        Articles.Length == other.Articles.Length && Notes.Length == other.Notes.Length
        && Articles.ToHashSet().SetEquals(other.Articles) && Notes.ToHashSet().SetEquals(other.Notes);
}

/// <summary>
/// Which items every pair of terms from different taxonomies shares. An item counts for a term it is tagged with and
/// for the terms those terms name (an incident's <c>countries:</c>). A note without tags counts for its article's
/// pairs; a note with tags says what it is about, so it counts for the pairs where one term is its own and the other
/// its own or its article's. Only pairs that share something are kept, so every pair here has a page.
/// </summary>
public sealed class Intersections
{
    readonly SiteSettings _site;
    readonly IReadOnlyDictionary<TermKey, Term> _terms;
    readonly IReadOnlyDictionary<TermPair, PairItems> _pairs;
    readonly Lazy<Dictionary<TermKey, List<TermPair>>> _byTerm;

    Intersections(SiteSettings site, IReadOnlyDictionary<TermKey, Term> terms, IReadOnlyDictionary<TermPair, PairItems> pairs)
    {
        (_site, _terms, _pairs) = (site, terms, pairs);
        _byTerm = new(() =>
        {
            var byTerm = new Dictionary<TermKey, List<TermPair>>();
            foreach (var pair in _pairs.Keys)
            {
                (byTerm.TryGetValue(pair.First, out var a) ? a : byTerm[pair.First] = []).Add(pair);
                (byTerm.TryGetValue(pair.Second, out var b) ? b : byTerm[pair.Second] = []).Add(pair);
            }
            return byTerm;
        });
    }

    public int PairCount => _pairs.Count;

    public IEnumerable<TermPair> Pairs => _pairs.Keys;

    public PairItems? Of(TermPair pair) => _pairs.GetValueOrDefault(pair);

    /// <summary>The pairs <paramref name="term"/> shares something in with terms of <paramref name="otherTaxonomy"/>.</summary>
    public IEnumerable<(Term Other, TermPair Pair, PairItems Items)> Across(TermKey term, string otherTaxonomy) =>
        _byTerm.Value.GetValueOrDefault(term, [])
            .Where(p => p.Other(term).Taxonomy == otherTaxonomy)
            .Select(p => (_terms[p.Other(term)], p, _pairs[p]));

    /// <summary>The pair's key with its terms in declaration order, or null for two terms of one taxonomy.</summary>
    public TermPair? PairOf(TermKey a, TermKey b)
    {
        var (i, j) = (TaxonomyOrder(a.Taxonomy), TaxonomyOrder(b.Taxonomy));
        return i == j ? null : i < j ? new TermPair(a, b) : new TermPair(b, a);
    }

    int TaxonomyOrder(string key)
    {
        for (var i = 0; i < _site.Taxonomies.Length; i++) if (_site.Taxonomies[i].Key == key) return i;
        return -1;
    }

    /// <summary>The terms an item counts for: its own tags (and its article's), and the terms those terms name.</summary>
    public static HashSet<TermKey> TermsOf(IEnumerable<TagRef> tags, IReadOnlyDictionary<TermKey, Term> terms)
    {
        var keys = new HashSet<TermKey>();
        foreach (var tag in tags)
            if (terms.TryGetValue(tag.Key, out var term) && keys.Add(tag.Key))
                foreach (var related in term.Related)
                    if (terms.ContainsKey(related.Key)) keys.Add(related.Key);
        return keys;
    }

    /// <summary>The pairs an article counts for.</summary>
    public List<TermPair> PairsOf(Article article) => PairsAmong(TermsOf(article.Tags, _terms));

    /// <summary>The pairs a note counts for (see the class summary).</summary>
    public List<TermPair> PairsOf(Annotation note, Article article)
    {
        if (note.Tags.IsEmpty) return PairsOf(article);
        var own = TermsOf(note.Tags, _terms);
        var pairs = PairsAmong(TermsOf(article.Tags.Concat(note.Tags), _terms));
        pairs.RemoveAll(p => !own.Contains(p.First) && !own.Contains(p.Second));
        return pairs;
    }

    /// <summary>Every pair of terms from different taxonomies among <paramref name="keys"/>.</summary>
    public List<TermPair> PairsAmong(HashSet<TermKey> keys)
    {
        var pairs = new List<TermPair>();
        foreach (var a in keys)
            foreach (var b in keys)
                if (PairOf(a, b) is { } pair && pair.First.Equals(a)) pairs.Add(pair);
        return pairs;
    }

    /// <param name="anchorsOf">An article's anchors, in reading order.</param>
    public static Intersections Build(SiteSettings site, IReadOnlyDictionary<TermKey, Term> terms, IEnumerable<Article> articles,
        Func<string, ImmutableArray<Anchor>> anchorsOf)
    {
        var empty = new Intersections(site, terms, new Dictionary<TermPair, PairItems>());
        var articlesOf = new Dictionary<TermPair, List<string>>();
        var notesOf = new Dictionary<TermPair, List<string>>();
        static void Add(Dictionary<TermPair, List<string>> map, TermPair pair, string id) =>
            (map.TryGetValue(pair, out var list) ? list : map[pair] = []).Add(id);
        foreach (var article in articles)
        {
            var pairs = empty.PairsOf(article);
            foreach (var pair in pairs) Add(articlesOf, pair, article.Slug);
            // Many notes carry no tags of their own and count for exactly their article's pairs.
            foreach (var anchor in anchorsOf(article.Slug))
                foreach (var pair in anchor.Annotation.Tags.IsEmpty ? pairs : empty.PairsOf(anchor.Annotation, article))
                    Add(notesOf, pair, anchor.Annotation.Id);
        }
        var all = articlesOf.Keys.Union(notesOf.Keys).ToDictionary(p => p, p => new PairItems(
            [.. articlesOf.GetValueOrDefault(p) ?? []], [.. notesOf.GetValueOrDefault(p) ?? []]));
        return new Intersections(site, terms, all);
    }

    /// <summary>
    /// The index after edits of existing articles and notes: each touched article's contribution, and its notes', is
    /// taken out as it was and put back as it is. Returns this same object when no pair's items changed.
    /// </summary>
    public Intersections With(IEnumerable<(Article Old, ImmutableArray<Anchor> OldAnchors, Article New, ImmutableArray<Anchor> NewAnchors)> touched)
    {
        var removed = new Dictionary<TermPair, (HashSet<string> Articles, HashSet<string> Notes)>();
        var added = new Dictionary<TermPair, (HashSet<string> Articles, HashSet<string> Notes)>();
        void Note(Dictionary<TermPair, (HashSet<string> Articles, HashSet<string> Notes)> map, Article article, ImmutableArray<Anchor> anchors)
        {
            (HashSet<string>, HashSet<string>) Sets(TermPair p) => map.TryGetValue(p, out var s) ? s : map[p] = ([], []);
            foreach (var pair in PairsOf(article)) Sets(pair).Item1.Add(article.Slug);
            foreach (var anchor in anchors)
                foreach (var pair in PairsOf(anchor.Annotation, article)) Sets(pair).Item2.Add(anchor.Annotation.Id);
        }
        foreach (var (old, oldAnchors, now, newAnchors) in touched)
        {
            Note(removed, old, oldAnchors);
            Note(added, now, newAnchors);
        }

        Dictionary<TermPair, PairItems>? pairs = null;
        foreach (var pair in removed.Keys.Union(added.Keys))
        {
            var before = _pairs.GetValueOrDefault(pair) ?? new PairItems([], []);
            var (goneA, goneN) = removed.GetValueOrDefault(pair, ([], []));
            var (newA, newN) = added.GetValueOrDefault(pair, ([], []));
            var after = new PairItems([.. before.Articles.Where(s => !goneA.Contains(s)).Union(newA)],
                [.. before.Notes.Where(n => !goneN.Contains(n)).Union(newN)]);
            if (after.SameAs(before)) continue;
            pairs ??= new Dictionary<TermPair, PairItems>(_pairs);
            if (after.Count == 0) pairs.Remove(pair);
            else pairs[pair] = after;
        }
        return pairs is null ? this : new Intersections(_site, _terms, pairs);
    }
}
