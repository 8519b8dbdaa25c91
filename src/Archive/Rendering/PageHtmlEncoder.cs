using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Archive.Rendering;

/// <summary>
/// The HTML encoder Razor writes every text and attribute value with: all Unicode ranges allowed (the default encoder
/// turns each CJK character into a numeric entity), and '+' written as itself. The framework's encoder always escapes
/// '+' (a guard against UTF-7 sniffing, which a page declaring UTF-8 does not need), so <c>type="application/ld+json"</c>
/// came out as <c>application/ld&amp;#x2B;json</c>, which scrapers matching the plain string miss.
/// &lt; &gt; &amp; and both quotes are still escaped.
/// </summary>
public sealed class PageHtmlEncoder : HtmlEncoder
{
    public static readonly PageHtmlEncoder Instance = new();

    readonly HtmlEncoder _inner = Create(UnicodeRanges.All);

    PageHtmlEncoder() { }

    public override int MaxOutputCharactersPerInputCharacter => _inner.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar != '+' && _inner.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var from = 0; from < textLength;)
        {
            var found = _inner.FindFirstCharacterToEncode(text + from, textLength - from);
            if (found < 0) return -1;
            if (text[from + found] != '+') return from + found;
            from += found + 1;
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (unicodeScalar == '+')
        {
            if (bufferLength < 1) { numberOfCharactersWritten = 0; return false; }
            *buffer = '+';
            numberOfCharactersWritten = 1;
            return true;
        }
        return _inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
    }
}
