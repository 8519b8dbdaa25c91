using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Diagnostics;
using Archive.Model;

namespace Archive.Revisions;

/// <summary>One article's notes anchored in its current text (in no particular order yet), its accepted orphans, and every note's status.</summary>
public sealed record ArticleAnchoring(ImmutableArray<Anchor> Anchors, ImmutableArray<OrphanNote> Orphans, ImmutableArray<AnchorHealth> Health)
{
    /// <summary>True when every note found its place or is an accepted orphan: no note of the article reported an error.</summary>
    public bool Complete => Health.All(h => h.Status != AnchorStatus.Unanchored && (h.Status != AnchorStatus.Orphaned || h.Accepted));
}

/// <summary>
/// Anchors an article's notes. A note on the current text (no <c>revision:</c>, or the current version's date) is
/// anchored as always. A note on an earlier version is anchored in that version's text first, exactly as a note on the
/// current text is (a quote not found there is the editor's error), then carried to the current text through the
/// diff between the two (<see cref="PassageCarry"/>), and reported by what became of it.
/// </summary>
public static class NoteAnchoring
{
    public static ArticleAnchoring Anchor(Article article, ArticleHistory? history, IReadOnlyList<Annotation> notes, DiagnosticBag diagnostics)
    {
        var anchors = ImmutableArray.CreateBuilder<Anchor>(notes.Count);
        var orphans = ImmutableArray.CreateBuilder<OrphanNote>();
        var health = ImmutableArray.CreateBuilder<AnchorHealth>(notes.Count);
        foreach (var note in notes)
        {
            if (note.Revision is not { } revision || revision.Date == article.CurrentVersionDate)
            {
                var anchor = QuoteAnchoring.Find(note, article, diagnostics);
                if (anchor is not null) anchors.Add(anchor);
                health.Add(new AnchorHealth(note, anchor is null ? AnchorStatus.Unanchored : AnchorStatus.Exact, anchor is null ? 0 : 1, note.Revision?.Date));
                continue;
            }
            var index = history?.IndexOf(revision.Date) ?? -1;
            if (index < 0)
            {
                diagnostics.Add(Problems.RevisionUnknown(revision.Location, revision.Date, article.Slug, Versions(article)));
                health.Add(new AnchorHealth(note, AnchorStatus.Unanchored, 0, revision.Date));
                continue;
            }
            health.Add(Carry(note, article, history!, index, anchors, orphans, diagnostics));
        }
        return new ArticleAnchoring(anchors.ToImmutable(), orphans.ToImmutable(), health.MoveToImmutable());
    }

    static AnchorHealth Carry(Annotation note, Article article, ArticleHistory history, int index,
        ImmutableArray<Anchor>.Builder anchors, ImmutableArray<OrphanNote>.Builder orphans, DiagnosticBag diagnostics)
    {
        var version = history.Earlier[index];
        var quote = note.Quote.Exact;
        var matches = QuoteAnchoring.Matches(version.Text, note.Quote);
        if (matches.Count != 1)
        {
            var trace = VersionText.TraceOf(version.Source, article.Original?.Moved ?? []);
            SourceLocation InVersion(int i) => TextPosition.Locate(version.DisplayPath, version.Source, i < trace.Length ? trace[i] : version.Source.Length);
            if (matches.Count == 0)
            {
                var (closest, at) = QuoteAnchoring.ClosestPassage(version.Text, quote);
                diagnostics.Add(Problems.QuoteNotInVersion(note.QuoteLocation, quote, version.Date, closest, InVersion(at)));
            }
            else diagnostics.Add(Problems.QuoteAmbiguousInVersion(note.QuoteLocation, quote, version.Date, matches.Select(InVersion)));
            return new AnchorHealth(note, AnchorStatus.Unanchored, 0, version.Date);
        }

        var current = history.Current;
        var joined = current.Joined;
        var carried = PassageCarry.Carry(version.Text, matches[0], matches[0] + quote.Length, current.Text, history.DiffToCurrent(index));
        var (start, end) = current.InJoined(carried.Start, carried.End);
        if (carried.Status == AnchorStatus.Orphaned)
        {
            // An orphan's similarity is its closest passage's, the one the editor would move it to.
            var (closest, at) = QuoteAnchoring.ClosestPassage(joined, quote);
            var similarity = Similarity.Of(quote, closest);
            if (note.OrphanAccepted)
            {
                orphans.Add(new OrphanNote(note, version.Date));
                return new AnchorHealth(note, AnchorStatus.Orphaned, similarity, version.Date, Accepted: true);
            }
            diagnostics.Add(Problems.AnchorOrphaned(note.QuoteLocation, quote, version.Date, closest, similarity,
                QuoteAnchoring.Locate(article, at), SelectorLines.For(joined, at, at + closest.Length)));
            return new AnchorHealth(note, AnchorStatus.Orphaned, similarity, version.Date);
        }

        var passage = joined[start..end];
        anchors.Add(QuoteAnchoring.At(note, article, start, end) with
        {
            Revision = new AnchorRevision(version.Date, carried.Status, carried.Similarity, passage),
        });
        var now = QuoteAnchoring.Locate(article, start);
        if (carried.Status == AnchorStatus.Moved)
            diagnostics.Add(Problems.AnchorMoved(note.QuoteLocation, quote, version.Date, now, SelectorLines.For(joined, start, end)));
        else if (carried.Status == AnchorStatus.Changed)
            diagnostics.Add(Problems.AnchorChanged(note.QuoteLocation, quote, version.Date, passage, carried.Similarity, now, SelectorLines.For(joined, start, end)));
        return new AnchorHealth(note, carried.Status, carried.Similarity, version.Date);
    }

    /// <summary>The dates a note's <c>revision:</c> may name, for the hint: each earlier version's, then the current one's.</summary>
    static string Versions(Article article)
    {
        var dates = article.Revisions.Select(v => v.Date.ToString("yyyy-MM-dd")).ToList();
        if (article.CurrentVersionDate is { } current) dates.Add($"{current:yyyy-MM-dd} (the current text)");
        return dates.Count == 0 ? "it has no dated versions" : string.Join(", ", dates);
    }
}
