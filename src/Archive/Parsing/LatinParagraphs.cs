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
            if (paragraph.Inline is not null && IsLatin(paragraph.Inline))
                paragraph.GetAttributes().AddPropertyIfNotExist("lang", "en");
        return document;
    }

    /// <summary>At least three ASCII letters and no CJK; stops at the first CJK character, as most paragraphs are Chinese.</summary>
    static bool IsLatin(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        var letters = 0;
        foreach (var literal in inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>())
            foreach (var c in literal.Content.AsSpan())
            {
                if (IsCjk(c)) return false;
                if (char.IsAsciiLetter(c)) letters++;
            }
        return letters >= 3;
    }

    static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' || char.IsSurrogate(c);
}
