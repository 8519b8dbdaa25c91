using System.Collections.Immutable;
using Archive.Linking;
using Archive.Model;
using Archive.Taxonomies;
using Archive.Theme.Views;

namespace Archive.Rendering;

/// <summary>The views of the pages about two terms: intersections, a term's list across a taxonomy, matrices, walks.</summary>
public sealed partial class ViewBuilder
{
    /// <summary>A taxonomy's terms as its index lists them: a dated one oldest first, others the most used first.</summary>
    public IEnumerable<Term> Ordered(IEnumerable<Term> terms, Taxonomy taxonomy) => taxonomy.Dated
        ? terms.OrderBy(t => t.Date ?? DateOnly.MaxValue).ThenBy(t => t.End ?? t.Date ?? DateOnly.MaxValue).ThenBy(t => t.Key.Slug, StringComparer.Ordinal)
        : terms.OrderByDescending(t => catalog.TermIndex.UsageOf(t.Key).Articles.Length + catalog.TermIndex.UsageOf(t.Key).Notes.Length)
               .ThenBy(t => t.Key.Slug, StringComparer.Ordinal);

    TermHeading Heading(Term term) => new(catalog.Site.FindTaxonomy(term.Key.Taxonomy)!.Name, term.Name, term.NameEn, _urls.Href(Urls.Term(term.Key)));

    string IntersectionHref(TermPair pair) => _urls.Href(Urls.Intersection(pair.First, pair.Second));

    public IntersectionPageView Intersection(TermPair pair)
    {
        var items = catalog.Intersections.Of(pair)!;
        var (first, second) = (catalog.Terms[pair.First], catalog.Terms[pair.Second]);
        var articles = items.Articles.Select(s => catalog.ArticlesBySlug[s]).OrderBy(a => a, ArticleOrder.Instance);
        var notes = items.Notes.Select(id => catalog.AnchorsById[id])
            .Select(a => (Anchor: a, Article: catalog.ArticlesBySlug[a.Annotation.ArticleSlug]))
            .OrderBy(n => n.Article, ArticleOrder.Instance).ThenBy(n => n.Anchor.Number);
        return new IntersectionPageView(
            Meta(_text.Format("cross.title", ("first", first.Name), ("second", second.Name)),
                _text.Format("intersection.description", ("first", first.Name), ("second", second.Name),
                    ("articles", _text.Count("count.articles", items.Articles.Length)), ("notes", _text.Count("count.notes", items.Notes.Length))),
                Urls.Intersection(pair.First, pair.Second), "website"),
            Heading(first), Heading(second),
            _urls.Href(Urls.TermAcross(first.Key, second.Key.Taxonomy)),
            _urls.Href(Urls.TermAcross(second.Key, first.Key.Taxonomy)),
            [.. articles.Select(Summary)],
            [.. notes.Select(n => new NoteSummary(n.Anchor.Number, n.Anchor.Annotation.Quote.Exact, n.Article.Title,
                _urls.Href(Urls.PassageInArticle(n.Article.Slug, n.Anchor.Annotation.Id)),
                _urls.Href(Urls.Annotation(n.Anchor.Annotation.Id)), ""))]);
    }

    /// <summary>
    /// The terms of <paramref name="other"/> that <paramref name="term"/> shares items with: along a dated taxonomy by
    /// date, otherwise the most shared first. Decided by the pairs alone, so an edit elsewhere never reorders it.
    /// </summary>
    ImmutableArray<CrossLink> CrossLinks(Term term, Taxonomy other)
    {
        var shared = catalog.Intersections.Across(term.Key, other.Key);
        var ordered = other.Dated
            ? shared.OrderBy(x => x.Other.Date ?? DateOnly.MaxValue).ThenBy(x => x.Other.End ?? x.Other.Date ?? DateOnly.MaxValue)
            : shared.OrderByDescending(x => x.Items.Count);
        return [.. ordered.ThenBy(x => x.Other.Key.Slug, StringComparer.Ordinal)
            .Select(x => new CrossLink(x.Other.Name, x.Other.NameEn, IntersectionHref(x.Pair), _urls.Href(Urls.Term(x.Other.Key)),
                x.Items.Articles.Length, x.Items.Notes.Length, x.Other.Date is { } d ? Date(d) : null, x.Other.End is { } e ? Date(e) : null))];
    }

    /// <summary>The taxonomies a term has a list across: every other one it shares something with.</summary>
    public IEnumerable<Taxonomy> AcrossTaxonomies(Term term) =>
        catalog.Site.Taxonomies.Where(t => t.Key != term.Key.Taxonomy && catalog.Intersections.Across(term.Key, t.Key).Any());

    public ImmutableArray<CrossGroup> CrossGroups(Term term) =>
        [.. AcrossTaxonomies(term).Select(t => new CrossGroup(t.Name, _urls.Href(Urls.TermAcross(term.Key, t.Key)), CrossLinks(term, t)))];

    public AcrossPageView Across(Term term, Taxonomy other)
    {
        var links = CrossLinks(term, other);
        var matrix = catalog.Site.MatrixPairs.FirstOrDefault(p => p == new TaxonomyPair(term.Key.Taxonomy, other.Key) || p == new TaxonomyPair(other.Key, term.Key.Taxonomy));
        var timeline = other.Dated
            ? TimelineLayout.Of(catalog.Intersections.Across(term.Key, other.Key)
                .OrderBy(x => x.Other.Date ?? DateOnly.MaxValue).ThenBy(x => x.Other.End ?? x.Other.Date ?? DateOnly.MaxValue)
                .ThenBy(x => x.Other.Key.Slug, StringComparer.Ordinal)
                .Select(x => (x.Other, IntersectionHref(x.Pair), (int?)x.Items.Count)))
            : null;
        return new AcrossPageView(
            Meta(_text.Format("cross.title", ("first", term.Name), ("second", other.Name)),
                _text.Format("across.description", ("term", term.Name), ("taxonomy", other.Name)), Urls.TermAcross(term.Key, other.Key), "website"),
            Heading(term), other.Name, other.NameEn, _urls.Href(Urls.Taxonomy(other.Key)), other.Dated, links, timeline,
            matrix == default ? null : _urls.Href(Urls.Matrix(matrix.First, matrix.Second)));
    }

    /// <summary>The drawn timeline of a dated taxonomy's index, in the index's order.</summary>
    public TimelineView? Timeline(Taxonomy taxonomy) => taxonomy.Dated
        ? TimelineLayout.Of(Ordered(catalog.Terms.Values.Where(t => t.Key.Taxonomy == taxonomy.Key), taxonomy)
            .Select(t => (t, _urls.Href(Urls.Term(t.Key)), (int?)null)))
        : null;

    public MatrixPageView Matrix(TaxonomyPair pair)
    {
        var (a, b) = (catalog.Site.FindTaxonomy(pair.First)!, catalog.Site.FindTaxonomy(pair.Second)!);
        List<Term> Sharing(Taxonomy t, Taxonomy other) =>
            [.. Ordered(catalog.Terms.Values.Where(x => x.Key.Taxonomy == t.Key && catalog.Intersections.Across(x.Key, other.Key).Any()), t)];
        var (termsA, termsB) = (Sharing(a, b), Sharing(b, a));
        // The taxonomy with more terms runs down the rows, so the table grows in the direction a page scrolls.
        var (rows, columns, rowTaxonomy, columnTaxonomy) = termsA.Count >= termsB.Count ? (termsA, termsB, a, b) : (termsB, termsA, b, a);
        var max = catalog.Intersections.Pairs.Where(p => p.First.Taxonomy == rowTaxonomy.Key && p.Second.Taxonomy == columnTaxonomy.Key
                || p.First.Taxonomy == columnTaxonomy.Key && p.Second.Taxonomy == rowTaxonomy.Key)
            .Select(p => catalog.Intersections.Of(p)!.Count).DefaultIfEmpty(1).Max();
        MatrixTerm Label(Term t) => new(t.Name, _urls.Href(Urls.Term(t.Key)));
        MatrixCell? Cell(Term row, Term column) =>
            catalog.Intersections.PairOf(row.Key, column.Key) is { } p && catalog.Intersections.Of(p) is { } items
                ? new MatrixCell(items.Count, IntersectionHref(p), (int)Math.Ceiling(4.0 * items.Count / max))
                : null;
        return new MatrixPageView(
            Meta(_text.Format("cross.title", ("first", a.Name), ("second", b.Name)),
                _text.Format("matrix.description", ("first", a.Name), ("second", b.Name)), Urls.Matrix(a.Key, b.Key), "website"),
            a.Name, b.Name, rowTaxonomy.Name, columnTaxonomy.Name,
            [.. columns.Select(Label)],
            [.. rows.Select(r => new MatrixRow(Label(r), [.. columns.Select(c => Cell(r, c))]))]);
    }

    /// <summary>For each of an article's terms, the article before and after it in that term's list, by date.</summary>
    public ImmutableArray<TermWalk> Walks(Article article) =>
    [
        .. article.Tags.Select(t => t.Key).Distinct().Where(catalog.Terms.ContainsKey).Select(key =>
        {
            var list = catalog.TermIndex.UsageOf(key).Articles;
            var at = list.BinarySearch(article, ArticleOrder.Instance);
            LinkView? At(int i) => at >= 0 && i >= 0 && i < list.Length ? new LinkView(list[i].Title, _urls.Href(Urls.Article(list[i].Slug)), "") : null;
            // The list is newest first: the older article comes after this one.
            return new TermWalk(catalog.Terms[key].Name, _urls.Href(Urls.Term(key)), At(at + 1), At(at - 1));
        })
        .Where(w => w.Older is not null || w.Newer is not null),
    ];
}
