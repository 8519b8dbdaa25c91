using System.Text.Json;
using AngleSharp.Dom;

namespace Archive.Tests.Support;

/// <summary>
/// An exported annotation's selectors resolved on its page as a W3C client resolves them, with the page parsed by
/// AngleSharp: the CssSelector's element, then the quote (prefix + exact + suffix, which must occur once) or the
/// position, both counted in that element's text — the data of its text nodes, as browsers and Apache Annotator read it.
/// </summary>
public static class ServedSelectors
{
    /// <summary>Where each refinement puts the passage in the scope's text (UTF-16 offsets), and where the page's marks for the note are.</summary>
    public sealed record Resolution(string ScopeText, (int Start, int End) ByQuote, (int Start, int End) ByPosition, (int Start, int End) Marks, int QuoteMatches);

    public static Resolution Resolve(IDocument page, JsonElement annotation)
    {
        var id = new Uri(annotation.GetProperty("id").GetString()!).Segments[^1].TrimEnd('/');
        var selectors = annotation.GetProperty("target").GetProperty("selector").EnumerateArray().ToList();
        Assert.All(selectors, s => Assert.Equal("CssSelector", s.GetProperty("type").GetString()));
        var scopes = selectors.Select(s => page.QuerySelectorAll(s.GetProperty("value").GetString()!)).ToList();
        Assert.All(scopes, found => Assert.Single(found));
        var scope = scopes[0][0];
        var text = scope.TextContent;

        var quote = Refinement(selectors, "TextQuoteSelector");
        var context = quote.GetProperty("prefix").GetString() + quote.GetProperty("exact").GetString() + quote.GetProperty("suffix").GetString();
        var matches = Occurrences(text, context).ToList();
        var quoteStart = matches.Count == 1 ? matches[0] + quote.GetProperty("prefix").GetString()!.Length : -1;
        var byQuote = (quoteStart, quoteStart < 0 ? -1 : quoteStart + quote.GetProperty("exact").GetString()!.Length);

        var position = Refinement(selectors, "TextPositionSelector");
        var byPosition = (Utf16Index(text, position.GetProperty("start").GetInt32()), Utf16Index(text, position.GetProperty("end").GetInt32()));

        return new Resolution(text, byQuote, byPosition, MarksIn(scope, id), matches.Count);
    }

    static JsonElement Refinement(List<JsonElement> selectors, string type) =>
        selectors.Select(s => s.GetProperty("refinedBy")).Single(r => r.GetProperty("type").GetString() == type);

    static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) yield return i;
    }

    /// <summary>The UTF-16 index of code point <paramref name="codePoints"/> (W3C positions count code points).</summary>
    static int Utf16Index(string text, int codePoints)
    {
        var index = 0;
        for (var n = 0; n < codePoints && index < text.Length; n++) index += char.IsHighSurrogate(text[index]) ? 2 : 1;
        return index;
    }

    /// <summary>From the start of the first mark of note <paramref name="id"/> to the end of its last, in the scope's text; (-1, -1) without marks.</summary>
    static (int, int) MarksIn(IElement scope, string id)
    {
        var (start, end, at) = (-1, -1, 0);
        foreach (var node in scope.GetDescendants().OfType<IText>())
        {
            var inMark = node.Ancestors<IElement>().Any(e => e.LocalName == "mark" && (e.GetAttribute("data-notes") ?? "").Split(' ').Contains(id));
            if (inMark && start < 0) start = at;
            at += node.Data.Length;
            if (inMark) end = at;
        }
        return (start, end);
    }
}
