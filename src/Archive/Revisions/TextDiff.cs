using System.Collections.Immutable;
using DiffMatchPatch;

namespace Archive.Revisions;

public enum EditKind { Equal, Delete, Insert }

/// <summary>One step of a diff: a stretch of text both versions share, or one the later version deleted or inserted.</summary>
public readonly record struct TextEdit(EditKind Kind, int Length);

/// <summary>
/// A character-level diff between two versions, by Google's diff-match-patch (Myers' algorithm, after trimming what
/// the texts share at both ends). The edits hold lengths only: the texts themselves are the versions' own.
/// </summary>
public static class TextDiff
{
    /// <summary>The minimal diff (re-anchoring maps passages through it) and the same made readable (the revisions page).</summary>
    public static (ImmutableArray<TextEdit> Minimal, ImmutableArray<TextEdit> Readable) Between(string before, string after)
    {
        // No time limit: with one, a busy machine would stop the search early and diff the same texts differently.
        var engine = new diff_match_patch { Diff_Timeout = 0 };
        var diffs = engine.diff_main(before, after, false);
        KeepCodePointsWhole(diffs);
        var minimal = Edits(diffs);
        // Merges the chance equalities of a character diff (a shared particle between two rewritten clauses) into the
        // edits around them, so a reader sees the clause replaced rather than a mosaic.
        engine.diff_cleanupSemantic(diffs);
        KeepCodePointsWhole(diffs);
        return (minimal, Edits(diffs));
    }

    /// <summary>The minimal diff alone, for re-anchoring across more than one version.</summary>
    public static ImmutableArray<TextEdit> Minimal(string before, string after)
    {
        var diffs = new diff_match_patch { Diff_Timeout = 0 }.diff_main(before, after, false);
        KeepCodePointsWhole(diffs);
        return Edits(diffs);
    }

    static ImmutableArray<TextEdit> Edits(List<Diff> diffs)
    {
        var edits = ImmutableArray.CreateBuilder<TextEdit>(diffs.Count);
        foreach (var d in diffs)
            if (d.text.Length > 0)
                edits.Add(new TextEdit(d.operation switch { Operation.EQUAL => EditKind.Equal, Operation.DELETE => EditKind.Delete, _ => EditKind.Insert }, d.text.Length));
        return edits.ToImmutable();
    }

    /// <summary>
    /// The diff compares UTF-16 units, so two CJK Extension B characters that share their high surrogate come out as an
    /// equal half and an edited half. Each such half is moved into the edits beside it, on both sides of the diff.
    /// </summary>
    static void KeepCodePointsWhole(List<Diff> diffs)
    {
        for (var i = 0; i < diffs.Count; i++)
        {
            if (diffs[i].operation != Operation.EQUAL) continue;
            var text = diffs[i].text;
            if (text.Length > 0 && char.IsHighSurrogate(text[^1]) && i + 1 < diffs.Count)
            {
                diffs[i].text = text[..^1];
                AddToGroup(diffs, i + 1, text[^1].ToString(), atStart: true);
            }
            text = diffs[i].text;
            if (text.Length > 0 && char.IsLowSurrogate(text[0]) && i > 0 && diffs[i - 1].operation != Operation.EQUAL)
            {
                diffs[i].text = text[1..];
                var groupStart = i - 1;
                while (groupStart > 0 && diffs[groupStart - 1].operation != Operation.EQUAL) groupStart--;
                i += AddToGroup(diffs, groupStart, text[0].ToString(), atStart: false);
            }
        }
    }

    /// <summary>Adds <paramref name="unit"/> to both the deletion and the insertion of the edit group starting at <paramref name="start"/>; returns how many entries it added.</summary>
    static int AddToGroup(List<Diff> diffs, int start, string unit, bool atStart)
    {
        var end = start;
        while (end < diffs.Count && diffs[end].operation != Operation.EQUAL) end++;
        var added = 0;
        var delete = diffs.FindIndex(start, end - start, d => d.operation == Operation.DELETE);
        if (delete < 0) { diffs.Insert(start, new Diff(Operation.DELETE, "")); delete = start; end++; added++; }
        var insert = diffs.FindIndex(start, end - start, d => d.operation == Operation.INSERT);
        if (insert < 0) { diffs.Insert(end, new Diff(Operation.INSERT, "")); insert = end; added++; }
        foreach (var at in new[] { delete, insert })
            diffs[at].text = atStart ? unit + diffs[at].text : diffs[at].text + unit;
        return added;
    }
}
