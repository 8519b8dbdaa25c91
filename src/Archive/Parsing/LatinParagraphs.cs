using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Archive.Parsing;

/// <summary>
/// Marks paragraphs written only in Latin script (the English lines of notes and term descriptions) <c>lang="en"</c>,
/// so screen readers switch voice and browsers hyphenate and justify them as English. Done once, at parse time.
/// </summary>
public static class LatinParagraphs
{
    public static MarkdownDocument Mark(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var text = paragraph.Inline is null ? "" : string.Concat(paragraph.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
            if (text.Count(char.IsAsciiLetter) >= 3 && !text.Any(IsCjk))
                paragraph.GetAttributes().AddPropertyIfNotExist("lang", "en");
        }
        return document;
    }

    static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' || char.IsSurrogate(c);
}
