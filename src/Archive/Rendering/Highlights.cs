using Archive.Annotations;
using Archive.Parsing;
using Markdig.Syntax.Inlines;

namespace Archive.Rendering;

/// <summary>A stretch of one literal covered by one or more notes' passages.</summary>
public sealed record HighlightPiece(int Start, int End, Anchor[] Covering, Anchor[] StartingHere, Anchor[] EndingHere);

/// <summary>
/// Where an article's anchors fall in its literal inlines. Marks are cut at every literal boundary, so a passage that
/// crosses bold or a link becomes several well-nested marks; overlapping passages split at each other's edges.
/// </summary>
public sealed class Highlights
{
    readonly Dictionary<LiteralInline, List<HighlightPiece>> _pieces = new(ReferenceEqualityComparer.Instance);

    public static Highlights For(ArticleText text, IReadOnlyList<Anchor> anchors)
    {
        var result = new Highlights();
        if (anchors.Count == 0) return result;
        // Only the blocks a passage spans are visited: a note's own page asks for one passage in a long article.
        var byBlock = new SortedDictionary<int, List<Anchor>>();
        foreach (var anchor in anchors)
            for (var b = text.BlockAt(anchor.Start); b <= anchor.LastBlock; b++)
                (byBlock.TryGetValue(b, out var list) ? list : byBlock[b] = []).Add(anchor);
        var touching = new List<Anchor>();
        var cuts = new List<int>();
        foreach (var (b, inBlock) in byBlock)
        {
            var block = text.Blocks[b];
            var blockStart = text.BlockStarts[b];
            foreach (var run in block.Runs)
            {
                if (run.Inline is not LiteralInline literal) continue;
                var runStart = blockStart + run.Start;
                var runEnd = runStart + run.Length;
                touching.Clear();
                cuts.Clear();
                cuts.Add(runStart);
                cuts.Add(runEnd);
                foreach (var a in inBlock)
                {
                    if (a.Start >= runEnd || a.End <= runStart) continue;
                    touching.Add(a);
                    if (a.Start > runStart) cuts.Add(a.Start);
                    if (a.End < runEnd) cuts.Add(a.End);
                }
                if (touching.Count == 0) continue;
                cuts.Sort();
                var pieces = new List<HighlightPiece>();
                for (var i = 0; i + 1 < cuts.Count; i++)
                {
                    var (s, e) = (cuts[i], cuts[i + 1]);
                    if (s == e) continue;
                    var covering = touching.Where(a => a.Start <= s && a.End >= e).ToArray();
                    if (covering.Length == 0) continue;
                    pieces.Add(new HighlightPiece(s - runStart, e - runStart, covering,
                        covering.Where(a => a.Start == s).ToArray(), covering.Where(a => a.End == e).ToArray()));
                }
                result._pieces[literal] = pieces;
            }
        }
        return result;
    }

    public IReadOnlyList<HighlightPiece>? PiecesOf(LiteralInline literal) => _pieces.GetValueOrDefault(literal);
}
