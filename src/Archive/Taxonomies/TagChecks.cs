using System.Buffers;
using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Diagnostics;
using Archive.Model;

namespace Archive.Taxonomies;

/// <summary>Front matter tags against the known terms: unknown ones are errors, unused terms warnings, missing ones suggestions.</summary>
public static class TagChecks
{
    public static void RejectUnknown(IEnumerable<TagRef> tags, IReadOnlyDictionary<TermKey, Term> terms, DiagnosticBag diagnostics)
    {
        foreach (var tag in tags.Where(t => !terms.ContainsKey(t.Key)))
        {
            var known = terms.Keys.Where(k => k.Taxonomy == tag.Key.Taxonomy).Select(k => k.Slug).ToList();
            diagnostics.Add(Problems.TermUnknown(tag.Location, tag.Key.Taxonomy, tag.Key.Slug, Closest.Hint(tag.Key.Slug, known, "terms"), Parsing.Slug.IsValid(tag.Key.Slug)));
        }
    }

    /// <summary>A matrix lives at <c>/first/second/</c>, where a term of the first taxonomy slugged like the second would be.</summary>
    public static void RejectReservedSlugs(IEnumerable<Term> terms, SiteSettings site, DiagnosticBag diagnostics)
    {
        var matrices = site.MatrixPairs.ToHashSet();
        foreach (var term in terms.Where(t => matrices.Contains(new TaxonomyPair(t.Key.Taxonomy, t.Key.Slug))))
            diagnostics.Add(Problems.SlugReserved(term.Location, term.Key.Taxonomy, term.Key.Slug));
    }

    public static void WarnUnused(IEnumerable<Term> terms, TermIndex index, DiagnosticBag diagnostics)
    {
        foreach (var term in terms)
        {
            var usage = index.UsageOf(term.Key);
            if (usage.Articles.IsEmpty && usage.Notes.IsEmpty)
                diagnostics.Add(Problems.TermUnused(term.Location, term.Key.Taxonomy, term.Key.Slug));
        }
    }
}

/// <summary>
/// Where a term's name or alias appears in an article's text or a note's quote but the item lacks the tag, suggests
/// it. The search for every term's spellings is made once for a set of terms (one multi-string search per text,
/// SearchValues, so the cost does not grow with terms × articles) and used for any number of texts.
/// </summary>
public sealed class TagSuggester
{
    readonly Dictionary<string, TermKey[]> _spellings;
    readonly SearchValues<string>? _search;
    readonly Dictionary<char, string[]> _byFirstChar;

    public TagSuggester(IReadOnlyCollection<Term> terms)
    {
        _spellings = terms.SelectMany(t => t.Spellings.Where(s => s.Length >= 2).Select(s => (Spelling: s, t.Key)))
            .GroupBy(x => x.Spelling).ToDictionary(g => g.Key, g => g.Select(x => x.Key).Distinct().ToArray());
        _search = _spellings.Count == 0 ? null : SearchValues.Create(_spellings.Keys.ToArray(), StringComparison.Ordinal);
        _byFirstChar = _spellings.Keys.GroupBy(s => s[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Length).ToArray());
    }

    IEnumerable<(int Index, string Spelling, TermKey Key)> Found(string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var i = text.AsSpan(from).IndexOfAny(_search!);
            if (i < 0) yield break;
            i += from;
            foreach (var s in _byFirstChar[text[i]])
                if (text.AsSpan(i).StartsWith(s, StringComparison.Ordinal))
                    foreach (var key in _spellings[s]) yield return (i, s, key);
            from = i + 1;
        }
    }

    public void Suggest(IEnumerable<Article> articles, IEnumerable<Anchor> anchors, DiagnosticBag diagnostics)
    {
        if (_search is null) return;
        Parallel.ForEach(articles, article =>
        {
            var tagged = article.Tags.Select(t => t.Key).ToHashSet();
            foreach (var hit in Found(article.Text.Joined).DistinctBy(h => h.Key).Where(h => !tagged.Contains(h.Key)))
                diagnostics.Add(Problems.TagSuggested(QuoteAnchoring.Locate(article, hit.Index), hit.Spelling, hit.Key.Taxonomy, hit.Key.Slug));
        });
        Parallel.ForEach(anchors, anchor =>
        {
            var tagged = anchor.Annotation.Tags.Select(t => t.Key).ToHashSet();
            foreach (var hit in Found(anchor.Annotation.Quote.Exact).DistinctBy(h => h.Key).Where(h => !tagged.Contains(h.Key)))
                diagnostics.Add(Problems.TagSuggested(anchor.Annotation.QuoteLocation, hit.Spelling, hit.Key.Taxonomy, hit.Key.Slug));
        });
    }
}
