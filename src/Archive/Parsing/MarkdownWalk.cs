using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Parsing;

/// <summary>
/// Every block and inline of a Markdown tree in document order, walked with a stack of its own: a file of a hundred
/// thousand <c>&gt;</c> nests as deep as it is long, and a recursive walk would overflow the thread's stack.
/// </summary>
public static class MarkdownWalk
{
    public static IEnumerable<MarkdownObject> All(MarkdownObject root)
    {
        var pending = new Stack<MarkdownObject>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            // An inline's next sibling waits below its children, so the walk stays in document order.
            if (node is Inline { NextSibling: { } next }) pending.Push(next);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) pending.Push(container[i]);
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push(inline);
                    break;
                case ContainerInline { FirstChild: { } first }:
                    pending.Push(first);
                    break;
            }
        }
    }

    /// <summary>The leaf blocks (paragraphs, headings, code) under <paramref name="block"/>, in document order.</summary>
    public static IEnumerable<LeafBlock> Leaves(Block block)
    {
        var pending = new Stack<Block>();
        pending.Push(block);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LeafBlock leaf:
                    yield return leaf;
                    break;
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) pending.Push(container[i]);
                    break;
            }
        }
    }
}
