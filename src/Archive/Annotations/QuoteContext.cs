using System.Text;

namespace Archive.Annotations;

/// <summary>
/// The text right before and after a passage, for a TextQuoteSelector's prefix and suffix. Counted in code points and
/// never cut inside a surrogate pair: a CJK Extension B name or an emoji at the edge stays whole.
/// </summary>
public static class QuoteContext
{
    /// <summary>How much context a selector carries (the W3C model suggests about 32 characters).</summary>
    public const int Length = 32;

    /// <summary>Up to <paramref name="codePoints"/> code points of <paramref name="text"/> ending at <paramref name="index"/>.</summary>
    public static string Before(string text, int index, int codePoints = Length)
    {
        var start = index;
        for (var n = 0; n < codePoints && start > 0; n++)
            start -= Rune.DecodeLastFromUtf16(text.AsSpan(0, start), out _, out var used) == System.Buffers.OperationStatus.Done ? used : 1;
        return text[start..index];
    }

    /// <summary>Up to <paramref name="codePoints"/> code points of <paramref name="text"/> starting at <paramref name="index"/>.</summary>
    public static string After(string text, int index, int codePoints = Length)
    {
        var end = index;
        for (var n = 0; n < codePoints && end < text.Length; n++)
            end += Rune.DecodeFromUtf16(text.AsSpan(end), out _, out var used) == System.Buffers.OperationStatus.Done ? used : 1;
        return text[index..end];
    }
}
