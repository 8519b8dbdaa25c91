using Archive.Diagnostics;
using Archive.Model;
using Archive.Parsing;
using Quickenshtein;

namespace Archive.Annotations;

/// <summary>
/// Finds a note's TextQuoteSelector in its article's rendered text. Exactly one match anchors the note; none or
/// several is an error that tells the editor which passage was probably meant, or how to pick one.
/// </summary>
public static class QuoteAnchoring
{
    public static Anchor? Find(Annotation note, Article article, DiagnosticBag diagnostics)
    {
        var text = article.Text.Joined;
        var quote = note.Quote;
        var matches = Matches(text, quote);

        if (matches.Count == 0)
        {
            var (closest, at) = ClosestPassage(text, quote.Exact);
            diagnostics.Add(Problems.QuoteNotFound(note.QuoteLocation, quote.Exact, closest, Locate(article, at)));
            return null;
        }
        if (matches.Count > 1)
        {
            diagnostics.Add(Problems.QuoteAmbiguous(note.QuoteLocation, quote.Exact, Disambiguations(article, matches, quote.Exact.Length)));
            return null;
        }

        return At(note, article, matches[0], matches[0] + quote.Exact.Length);
    }

    /// <summary>The anchor of <paramref name="note"/> on <c>[start, end)</c> of the article's text.</summary>
    internal static Anchor At(Annotation note, Article article, int start, int end) =>
        new(note, 0, start, end, article.Text.BlockAt(Math.Max(start, end - 1)));

    /// <summary>Where the selector matches in <paramref name="text"/>: its exact text, preceded by its prefix and followed by its suffix.</summary>
    internal static List<int> Matches(string text, TextQuoteSelector quote) =>
        Occurrences(text, quote.Exact)
            .Where(i => EndsAt(text, i, quote.Prefix) && StartsAt(text, i + quote.Exact.Length, quote.Suffix))
            .ToList();

    public static SourceLocation Locate(Article article, int index) =>
        TextPosition.Locate(article.Location.File, article.Markdown, article.Text.SourceIndexOf(index));

    static IEnumerable<int> Occurrences(string text, string exact)
    {
        for (var i = text.IndexOf(exact, StringComparison.Ordinal); i >= 0; i = text.IndexOf(exact, i + 1, StringComparison.Ordinal))
            yield return i;
    }

    static bool EndsAt(string text, int index, string prefix) =>
        prefix.Length == 0 || (index >= prefix.Length && text.AsSpan(index - prefix.Length, prefix.Length).SequenceEqual(prefix));

    static bool StartsAt(string text, int index, string suffix) =>
        suffix.Length == 0 || text.AsSpan(index).StartsWith(suffix, StringComparison.Ordinal);

    /// <summary>For each occurrence: its location and the shortest prefix and suffix that single it out.</summary>
    static IEnumerable<string> Disambiguations(Article article, List<int> matches, int length)
    {
        var text = article.Text.Joined;
        foreach (var m in matches)
        {
            var prefix = Shortest(matches, n => n >= 1 && m - n >= 0 ? text.Substring(m - n, n) : null, (o, p) => EndsAt(text, o, p));
            var suffix = Shortest(matches, n => m + length + n <= text.Length ? text.Substring(m + length, n) : null, (o, s) => StartsAt(text, o + length, s));
            var at = Locate(article, m);
            var options = new List<string>();
            if (prefix is not null) options.Add($"prefix: \"{prefix}\"");
            if (suffix is not null) options.Add($"suffix: \"{suffix}\"");
            yield return $"line {at.Line} ({string.Join(" or ", options)})";
        }
    }

    static string? Shortest(List<int> matches, Func<int, string?> context, Func<int, string, bool> fits)
    {
        for (var n = 1; n <= 24; n++)
        {
            var candidate = context(n);
            if (candidate is null) return null;
            if (candidate.Contains('\n')) return null;
            if (matches.Count(o => fits(o, candidate)) == 1) return candidate;
        }
        return null;
    }

    /// <summary>The stretch of the text nearest to the quote by edit distance, trying windows one shorter and longer.</summary>
    internal static (string Passage, int Index) ClosestPassage(string text, string quote)
    {
        if (text.Length == 0) return ("", 0);
        var best = (Passage: text[..Math.Min(text.Length, quote.Length)], Index: 0, Distance: int.MaxValue);
        for (var len = Math.Max(1, quote.Length - 1); len <= quote.Length + 1; len++)
            for (var i = 0; i + len <= text.Length; i++)
            {
                var window = text.AsSpan(i, len);
                if (window.Contains('\n')) continue;
                var d = Levenshtein.GetDistance(quote, window.ToString());
                if (d < best.Distance) best = (window.ToString(), i, d);
            }
        return (best.Passage, best.Index);
    }
}
