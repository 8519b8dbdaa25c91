using CsCheck;
using Archive.Revisions;

namespace Archive.Tests.Revisions;

/// <summary>
/// Property: whatever an editor changes around a passage, a note whose passage was not touched is carried to the new
/// text as exact or moved, never changed or orphaned, and lands on that very text. The texts are drawn from a small
/// alphabet (so passages repeat and the diff has ambiguous alignments to get wrong), with paragraph breaks and CJK
/// Extension B characters that share their high surrogate (so the diff splits them unless told not to).
/// </summary>
public sealed class UntouchedPassageProperties
{
    static readonly string[] Alphabet = ["日", "本", "中", "國", "雷", "達", "照", "射", "的", "了", "。", "，", "\n", "𠀀", "𠀁", "𠀂", "a", " "];

    static readonly Gen<string[]> Text = Gen.OneOf(Alphabet).Array[0, 80];

    /// <summary>An edit of a run of code points: where (as a fraction of the run), how many to delete, what to insert.</summary>
    static readonly Gen<(double At, int Delete, string[] Insert)> Edit = Gen.Select(Gen.Double[0, 1], Gen.Int[0, 6], Gen.OneOf(Alphabet).Array[0, 6]);

    static string[] Apply(string[] text, (double At, int Delete, string[] Insert)[] edits)
    {
        var list = text.ToList();
        foreach (var (at, delete, insert) in edits)
        {
            var i = (int)(at * list.Count);
            list.RemoveRange(i, Math.Min(delete, list.Count - i));
            list.InsertRange(i, insert);
        }
        return [.. list];
    }

    static readonly Gen<Case> Cases =
        Gen.Select(Text, Gen.OneOf(Alphabet).Array[1, 12], Text, Edit.Array[0, 5], Edit.Array[0, 5], Gen.Int[0, 3], Gen.Double[0, 1],
            (left, passage, right, leftEdits, rightEdits, move, moveTo) => new Case(left, passage, right, leftEdits, rightEdits, move == 0, moveTo));

    public sealed record Case(string[] Left, string[] Passage, string[] Right, (double, int, string[])[] LeftEdits, (double, int, string[])[] RightEdits, bool Move, double MoveTo)
    {
        public string Before => string.Concat(Left) + string.Concat(Passage) + string.Concat(Right);
        public int Start => string.Concat(Left).Length;
        public string Quote => string.Concat(Passage);

        /// <summary>The edited text: both sides edited around the passage, which now and then moves elsewhere whole.</summary>
        public string After
        {
            get
            {
                var rest = Apply(Left, LeftEdits).Concat(Apply(Right, RightEdits)).ToList();
                var at = Move ? (int)(MoveTo * rest.Count) : Apply(Left, LeftEdits).Length;
                rest.InsertRange(at, Passage);
                return string.Concat(rest);
            }
        }

        public override string ToString() => $"before: «{Before}» passage at {Start}: «{Quote}» after: «{After}»";
    }

    [Fact]
    public void A_passage_no_edit_touched_is_exact_or_moved_and_found_verbatim()
    {
        Cases.Sample(c =>
        {
            var before = c.Before;
            var after = c.After;
            var carried = PassageCarry.Carry(before, c.Start, c.Start + c.Quote.Length, after, TextDiff.Minimal(before, after));
            Assert.True(carried.Status is AnchorStatus.Exact or AnchorStatus.Moved, $"{carried.Status} for {c}");
            Assert.Equal(c.Quote, after[carried.Start..carried.End]);
        }, iter: 20_000, threads: 1);
    }

    [Fact]
    public void A_diff_never_splits_a_code_point()
    {
        Gen.Select(Text, Text).Sample((a, b) =>
        {
            var (before, after) = (string.Concat(a), string.Concat(b));
            var (minimal, readable) = TextDiff.Between(before, after);
            foreach (var edits in new[] { minimal, readable })
            {
                int from = 0, to = 0;
                foreach (var edit in edits)
                {
                    if (edit.Kind != EditKind.Insert) from += edit.Length;
                    if (edit.Kind != EditKind.Delete) to += edit.Length;
                    Assert.False(from > 0 && from < before.Length && char.IsLowSurrogate(before[from]), $"split at {from} of «{before}»");
                    Assert.False(to > 0 && to < after.Length && char.IsLowSurrogate(after[to]), $"split at {to} of «{after}»");
                }
                Assert.Equal(before.Length, from);
                Assert.Equal(after.Length, to);
            }
        }, iter: 5_000, threads: 1);
    }
}
