namespace Archive.Benchmarks.Corpus;

/// <summary>
/// Picks note quotes in one article: 4–12 characters inside one paragraph, not starting or ending with punctuation,
/// occurring exactly once in the article's text (paragraphs joined by '\n', the string the generator searches) and not
/// overlapping an earlier quote. The sentences repeat within an article, so many spans occur twice: those are skipped.
/// </summary>
public sealed class QuotePicker(IReadOnlyList<string> paragraphs, Random rng)
{
    const int MinLength = 4;
    const int MaxLength = 12;
    const int MaxAttempts = 100_000;

    readonly string _text = string.Join('\n', paragraphs);
    readonly int[] _starts = StartsOf(paragraphs);
    readonly List<(int Start, int End)> _taken = [];

    public (int Paragraph, string Quote) Next()
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var p = rng.Next(paragraphs.Count);
            var paragraph = paragraphs[p];
            var length = rng.Next(MinLength, MaxLength + 1);
            if (paragraph.Length <= length) continue;
            var start = rng.Next(paragraph.Length - length);
            var quote = paragraph.Substring(start, length);
            if (Vocabulary.Punctuation.Contains(quote[0]) || Vocabulary.Punctuation.Contains(quote[^1])) continue;
            var at = _starts[p] + start;
            if (_taken.Any(t => at < t.End && t.Start < at + length)) continue;
            if (Occurrences(quote) != 1) continue;
            _taken.Add((at, at + length));
            return (p, quote);
        }
        throw new InvalidOperationException("no unique quote found in an article; the text model has too little variety");
    }

    int Occurrences(string quote)
    {
        var n = 0;
        for (var i = _text.IndexOf(quote, StringComparison.Ordinal); i >= 0 && n < 2; i = _text.IndexOf(quote, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    static int[] StartsOf(IReadOnlyList<string> paragraphs)
    {
        var starts = new int[paragraphs.Count];
        for (int i = 0, at = 0; i < paragraphs.Count; at += paragraphs[i].Length + 1, i++) starts[i] = at;
        return starts;
    }
}
