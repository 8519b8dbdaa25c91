using Quickenshtein;

namespace Archive.Revisions;

/// <summary>
/// How close an edited passage still is to the quote a note was written on: one minus the Levenshtein distance
/// (insertions, deletions and substitutions of UTF-16 units) divided by the longer of the two lengths. 1 is the same
/// text; a quote of ten characters with one changed is 0.9.
/// </summary>
public static class Similarity
{
    /// <summary>At or above this a mapped passage counts as the same passage, edited (ANCHOR_CHANGED); below it, as gone (ANCHOR_ORPHANED).</summary>
    public const double Threshold = 0.6;

    public static double Of(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - (double)Levenshtein.GetDistance(a, b) / longer;
    }
}
