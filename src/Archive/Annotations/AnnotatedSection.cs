using System.Collections.Immutable;
using Archive.Model;

namespace Archive.Annotations;

/// <summary>
/// A stretch of an article's body that the page shows with its notes: one top-level block, or several when a passage
/// runs across blocks, so that every passage lies wholly inside one section. The section's element (id
/// <see cref="ElementId"/>) holds the article's text and nothing else, which makes it the scope a note's selectors
/// count in: the notes beside it, with their quotes and numbers, are outside it.
/// </summary>
/// <param name="FirstBlock">Index in <see cref="Article.Body"/> of the section's first top-level block.</param>
/// <param name="LastBlock">Index of its last top-level block.</param>
/// <param name="Notes">The notes whose passages lie in it, in reading order.</param>
public sealed record AnnotatedSection(int FirstBlock, int LastBlock, ImmutableArray<Anchor> Notes)
{
    /// <summary>Named after its first note, so the id stays put when other parts of the article change.</summary>
    public string ElementId => Urls.TextFragment(Notes[0].Annotation.Id);

    /// <summary>The article's sections in reading order; <paramref name="anchors"/> come in reading order (by number).</summary>
    public static ImmutableArray<AnnotatedSection> Of(Article article, IReadOnlyList<Anchor> anchors)
    {
        var spans = anchors
            .Select(a => (Anchor: a, First: TopLevelOf(article, a.Start), Last: article.Text.Blocks[a.LastBlock].TopLevelIndex))
            .OrderBy(s => s.First).ThenBy(s => s.Anchor.Number)
            .ToList();
        var sections = ImmutableArray.CreateBuilder<AnnotatedSection>();
        for (var i = 0; i < spans.Count;)
        {
            var (first, last) = (spans[i].First, spans[i].Last);
            var j = i + 1;
            for (; j < spans.Count && spans[j].First <= last; j++) last = Math.Max(last, spans[j].Last);
            sections.Add(new AnnotatedSection(first, last, [.. spans[i..j].Select(s => s.Anchor).OrderBy(a => a.Number)]));
            i = j;
        }
        return sections.ToImmutable();
    }

    /// <summary>The section of <paramref name="anchor"/>.</summary>
    public static AnnotatedSection Holding(Article article, IReadOnlyList<Anchor> anchors, Anchor anchor) =>
        Of(article, anchors).First(s => s.Notes.Contains(anchor));

    static int TopLevelOf(Article article, int index) => article.Text.Blocks[article.Text.BlockAt(index)].TopLevelIndex;
}
