using System.Collections.Immutable;
using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Parsing;

/// <summary>A stretch of a block's text that came from one inline: where it sits in the block's text and in the file.</summary>
public readonly record struct TextRun(Inline Inline, int Start, int Length, int SourceStart);

/// <summary>
/// The readable text of one paragraph, heading or caption, with markup removed. <see cref="Text"/> is a slice of the
/// article's <see cref="ArticleText.Joined"/>, so the text of ten thousand articles is held once, not twice.
/// </summary>
public sealed record TextBlock(LeafBlock Block, int TopLevelIndex, ReadOnlyMemory<char> Text, ImmutableArray<TextRun> Runs)
{
    /// <summary>Index into the Markdown file of the character at <paramref name="offset"/> of <see cref="Text"/>.</summary>
    public int SourceIndexOf(int offset)
    {
        foreach (var run in Runs)
            if (offset < run.Start + run.Length)
                return run.Inline is LiteralInline ? run.SourceStart + Math.Max(0, offset - run.Start) : run.SourceStart;
        return Runs.Length > 0 ? Runs[^1].SourceStart + Runs[^1].Length : Block.Span.Start;
    }
}

/// <summary>
/// An article's rendered text, block by block. One extraction serves the fidelity check, quote anchoring, tag
/// suggestions and highlighting, so all four agree on what "the text" is.
/// </summary>
/// <param name="Joined">All blocks' text joined by '\n': the string quotes are searched in.</param>
public sealed record ArticleText(ImmutableArray<TextBlock> Blocks, string Joined)
{
    /// <summary>Index in <see cref="Joined"/> where each block starts.</summary>
    public ImmutableArray<int> BlockStarts { get; } = StartsOf(Blocks);

    static ImmutableArray<int> StartsOf(ImmutableArray<TextBlock> blocks)
    {
        var starts = ImmutableArray.CreateBuilder<int>(blocks.Length);
        var at = 0;
        foreach (var b in blocks) { starts.Add(at); at += b.Text.Length + 1; }
        return starts.MoveToImmutable();
    }

    /// <summary>The block holding index <paramref name="index"/> of <see cref="Joined"/>.</summary>
    public int BlockAt(int index)
    {
        var i = BlockStarts.BinarySearch(index);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    /// <summary>Index into the Markdown file of character <paramref name="index"/> of <see cref="Joined"/>.</summary>
    public int SourceIndexOf(int index)
    {
        if (Blocks.Length == 0) return 0;
        var b = BlockAt(index);
        return Blocks[b].SourceIndexOf(index - BlockStarts[b]);
    }

    public static ArticleText Of(MarkdownDocument document)
    {
        // Sized for the whole file once: the text is a little shorter than its Markdown, and growing chunk by chunk
        // allocated twice what it kept (ten thousand articles).
        var joined = new StringBuilder(Math.Max(16, document.Span.Length));
        var extracted = new List<(LeafBlock Leaf, int TopLevelIndex, int Start, ImmutableArray<TextRun> Runs)>();
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is YamlFrontMatterBlock) continue;
            foreach (var leaf in MarkdownWalk.Leaves(document[i]))
            {
                // Every block with text counts: a code block the original does not hold must fail the fidelity check,
                // not slip past it (raw HTML is an error of its own, see AuthorMarkup).
                if (leaf.Inline is null && leaf is not CodeBlock) continue;
                if (extracted.Count > 0) joined.Append('\n');
                var start = joined.Length;
                var runs = leaf.Inline is null ? [] : Extract(leaf, joined);
                if (leaf.Inline is null) joined.Append(leaf.Lines.ToString());
                extracted.Add((leaf, i, start, runs));
            }
        }
        var text = joined.ToString();
        var blocks = ImmutableArray.CreateBuilder<TextBlock>(extracted.Count);
        for (var b = 0; b < extracted.Count; b++)
        {
            var (leaf, top, start, runs) = extracted[b];
            var end = b + 1 < extracted.Count ? extracted[b + 1].Start - 1 : text.Length;
            blocks.Add(new TextBlock(leaf, top, text.AsMemory(start, end - start), runs));
        }
        return new ArticleText(blocks.MoveToImmutable(), text);
    }

    /// <summary>Appends a leaf's readable text to <paramref name="text"/>; run offsets are relative to the block's start.</summary>
    static ImmutableArray<TextRun> Extract(LeafBlock leaf, StringBuilder text)
    {
        var blockStart = text.Length;
        var runs = ImmutableArray.CreateBuilder<TextRun>();
        void Add(Inline inline, ReadOnlySpan<char> value, int sourceStart)
        {
            if (value.Length == 0) return;
            runs.Add(new TextRun(inline, text.Length - blockStart, value.Length, sourceStart));
            text.Append(value);
        }
        // Inline containers (emphasis, links) nest as deep as the author typed; walked with a stack of our own.
        var pending = new Stack<Inline?>();
        pending.Push(leaf.Inline!.FirstChild);
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            if (inline is null) continue;
            pending.Push(inline.NextSibling);
            switch (inline)
            {
                case LiteralInline literal: Add(literal, literal.Content.AsSpan(), literal.Span.Start); break;
                case CodeInline code: Add(code, code.Content, code.Span.Start); break;
                case HtmlEntityInline entity: Add(entity, entity.Transcoded.AsSpan(), entity.Span.Start); break;
                case LineBreakInline br: Add(br, "\n", br.Span.Start); break;
                case AutolinkInline auto: Add(auto, auto.Url, auto.Span.Start); break;
                case ContainerInline container: pending.Push(container.FirstChild); break;
            }
        }
        return runs.ToImmutable();
    }
}
