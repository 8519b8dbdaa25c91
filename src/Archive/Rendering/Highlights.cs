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

    public static readonly Highlights None = new();

    public static Highlights For(ArticleText text, IReadOnlyList<Anchor> anchors)
    {
        var result = new Highlights();
        if (anchors.Count == 0) return result;
        for (var b = 0; b < text.Blocks.Length; b++)
        {
            var block = text.Blocks[b];
            var blockStart = text.BlockStarts[b];
            var blockEnd = blockStart + block.Text.Length;
            var inBlock = anchors.Where(a => a.Start < blockEnd && a.End > blockStart).ToArray();
            if (inBlock.Length == 0) continue;
            foreach (var run in block.Runs)
            {
                if (run.Inline is not LiteralInline literal) continue;
                var runStart = blockStart + run.Start;
                var runEnd = runStart + run.Length;
                var touching = inBlock.Where(a => a.Start < runEnd && a.End > runStart).ToArray();
                if (touching.Length == 0) continue;
                var cuts = touching.SelectMany(a => new[] { a.Start, a.End }).Append(runStart).Append(runEnd)
                    .Where(c => c >= runStart && c <= runEnd).Distinct().Order().ToArray();
                var pieces = new List<HighlightPiece>();
                for (var i = 0; i + 1 < cuts.Length; i++)
                {
                    var (s, e) = (cuts[i], cuts[i + 1]);
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
