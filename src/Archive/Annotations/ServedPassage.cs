using Archive.Diagnostics;
using Archive.Model;
using Archive.Rendering;

namespace Archive.Annotations;

/// <summary>
/// A note's passage as the article's page serves it: the element of the article's text that holds it
/// (<see cref="AnnotatedSection"/>), and the passage, its context and its position in that element's text. The
/// exported selectors are made from this, so a strict client anchors them on the page as served: note numbers, note
/// cards and the rest of the page are not in the text they count in.
/// </summary>
/// <param name="Start">Code points from the start of the scope's text to the passage, as a TextPositionSelector counts.</param>
public sealed record ServedPassage(string ScopeId, string Exact, string Prefix, string Suffix, int Start, int End)
{
    /// <summary>The CssSelector value for the scope: its id, with CSS syntax characters escaped (slugs may hold any character).</summary>
    public string CssSelector
    {
        get
        {
            var value = new System.Text.StringBuilder("#", ScopeId.Length + 1);
            foreach (var c in ScopeId)
            {
                if (c < 0x80 && !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_')) value.Append('\\');
                value.Append(c);
            }
            return value.ToString();
        }
    }

    public static ServedPassage Of(Article article, IReadOnlyList<Anchor> anchors, Anchor anchor, MarkdownHtml markdown)
    {
        var section = AnnotatedSection.Holding(article, anchors, anchor);
        // The section's blocks rendered as its page renders them, with only this passage marked: marks add no text,
        // so the text is the page's, and the marks say where the passage is in it.
        var highlights = Highlights.For(article.Text, [anchor]);
        var html = string.Concat(Enumerable.Range(section.FirstBlock, section.LastBlock - section.FirstBlock + 1)
            .Select(i => markdown.Render(article.Body[i], highlights, withReferences: false)));
        var (text, start, end) = ServedText.Of(html);
        if (start < 0 || end < start) throw new InvalidOperationException($"The passage of note '{anchor.Annotation.Id}' has no mark in its section.");

        var quote = anchor.Annotation.Quote;
        var before = Math.Max(QuoteContext.Length, TextPosition.RuneCount(quote.Prefix));
        var after = Math.Max(QuoteContext.Length, TextPosition.RuneCount(quote.Suffix));
        var exact = text[start..end];
        string prefix, suffix;
        // The quote is unique in the article with the editor's context; within one section it nearly always is with
        // 32 code points either side, and the context grows until it is.
        while (true)
        {
            prefix = QuoteContext.Before(text, start, before);
            suffix = QuoteContext.After(text, end, after);
            var atEdges = prefix.Length == start && suffix.Length == text.Length - end;
            if (atEdges || Occurrences(text, prefix + exact + suffix) == 1) break;
            before += QuoteContext.Length;
            after += QuoteContext.Length;
        }
        var runeStart = TextPosition.RuneCount(text.AsSpan(0, start));
        return new ServedPassage(section.ElementId, exact, prefix, suffix, runeStart, runeStart + TextPosition.RuneCount(exact));
    }

    static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0 && count < 2; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
