using System.Collections.Immutable;

namespace Archive.Revisions;

/// <summary>Where a passage of one version landed in the next, and what became of it.</summary>
/// <param name="Start">Start of the passage in the later text (for an orphan, where the diff left its place).</param>
/// <param name="Similarity">1 for exact and moved; for changed and orphaned, how close the mapped passage still is.</param>
public readonly record struct Carried(AnchorStatus Status, int Start, int End, double Similarity);

/// <summary>
/// Carries a passage of one version into a later one through the character diff between them. A passage no edit
/// touched is exact where the diff maps it. Otherwise, in this order: found verbatim overlapping that place, it is
/// still exact (a minimal diff may align repeated characters a little differently from how the editor changed them);
/// found verbatim anywhere else, it moved there; close enough at its old place, it changed; else it is orphaned.
/// </summary>
/// <remarks>
/// Verbatim text wins over an edited remnant so that a passage no edit touched is never reported changed: when the
/// same words occur twice, a diff cannot tell a moved passage from an edited one beside an old copy, and a move is the
/// reading that never loses the note's text. Among several copies, one where the later version inserted text (where a
/// moved passage lands) comes first, then the one whose surroundings agree most with the passage's old ones.
/// </remarks>
public static class PassageCarry
{
    /// <summary>How much surrounding text is compared on each side (the W3C TextQuoteSelector's customary context).</summary>
    const int ContextLength = 32;

    public static Carried Carry(string before, int start, int end, string after, ImmutableArray<TextEdit> edits)
    {
        var (mapStart, mapEnd, touched) = Map(edits, start, end);
        if (!touched) return new(AnchorStatus.Exact, mapStart, mapEnd, 1);

        var quote = before[start..end];
        var occurrences = new List<int>();
        for (var i = after.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = after.IndexOf(quote, i + 1, StringComparison.Ordinal))
            occurrences.Add(i);

        var overlapping = occurrences.Where(o => o < mapEnd && o + quote.Length > mapStart).ToList();
        if (overlapping.Count > 0)
        {
            var at = overlapping.MinBy(o => Math.Abs(o - mapStart));
            return new(AnchorStatus.Exact, at, at + quote.Length, 1);
        }

        if (occurrences.Count > 0)
        {
            var inserted = InsertedRanges(edits);
            var at = occurrences
                .OrderByDescending(o => inserted.Any(r => r.Start < o + quote.Length && r.End > o))
                .ThenByDescending(o => Agreement(before, start, end, after, o, o + quote.Length))
                .ThenBy(o => Math.Abs(o - mapStart)).ThenBy(o => o).First();
            return new(AnchorStatus.Moved, at, at + quote.Length, 1);
        }
        var mapped = mapEnd > mapStart ? Similarity.Of(quote, after[mapStart..mapEnd]) : 0;
        return new(mapped >= Similarity.Threshold ? AnchorStatus.Changed : AnchorStatus.Orphaned, mapStart, mapEnd, mapped);
    }

    /// <summary>The stretches of the later text that the diff inserted.</summary>
    static List<(int Start, int End)> InsertedRanges(ImmutableArray<TextEdit> edits)
    {
        var ranges = new List<(int, int)>();
        var to = 0;
        foreach (var edit in edits)
        {
            if (edit.Kind == EditKind.Insert) ranges.Add((to, to + edit.Length));
            if (edit.Kind != EditKind.Delete) to += edit.Length;
        }
        return ranges;
    }

    /// <summary>
    /// The stretch of the later text that the passage <c>[start, end)</c> of the earlier one maps to, and whether any
    /// edit falls inside it. Text inserted right before or after the passage stays outside it, unless it replaces
    /// text the passage lost at that edge (the diff lists a replacement as a deletion, then an insertion).
    /// </summary>
    public static (int Start, int End, bool Touched) Map(ImmutableArray<TextEdit> edits, int start, int end)
    {
        int from = 0, to = 0, mappedStart = -1, mappedEnd = -1;
        var touched = false;
        var deletedInside = false;
        void Include(int s, int e)
        {
            if (mappedStart < 0 || s < mappedStart) mappedStart = s;
            if (e > mappedEnd) mappedEnd = e;
        }
        foreach (var edit in edits)
        {
            switch (edit.Kind)
            {
                case EditKind.Equal:
                    var lo = Math.Max(from, start);
                    var hi = Math.Min(from + edit.Length, end);
                    if (lo < hi) Include(to + lo - from, to + hi - from);
                    from += edit.Length;
                    to += edit.Length;
                    deletedInside = false;
                    break;
                case EditKind.Delete:
                    deletedInside = from < end && from + edit.Length > start;
                    if (deletedInside) { touched = true; Include(to, to); }
                    from += edit.Length;
                    break;
                case EditKind.Insert:
                    if ((start < from && from < end) || (from == end && deletedInside))
                    {
                        touched = true;
                        Include(to, to + edit.Length);
                    }
                    to += edit.Length;
                    deletedInside = false;
                    break;
            }
            if (from > end && !deletedInside) break;
        }
        if (mappedStart < 0) mappedStart = mappedEnd = to;
        return (mappedStart, mappedEnd, touched);
    }

    /// <summary>How many characters of context on either side of a candidate agree with the passage's context in the earlier version.</summary>
    static int Agreement(string before, int start, int end, string after, int candidateStart, int candidateEnd)
    {
        var score = 0;
        for (var k = 1; k <= ContextLength && start - k >= 0 && candidateStart - k >= 0 && before[start - k] == after[candidateStart - k]; k++) score++;
        for (var k = 0; k < ContextLength && end + k < before.Length && candidateEnd + k < after.Length && before[end + k] == after[candidateEnd + k]; k++) score++;
        return score;
    }
}
