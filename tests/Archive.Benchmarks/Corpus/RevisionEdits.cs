namespace Archive.Benchmarks.Corpus;

/// <summary>
/// The edits that make an article's second version, as a correction usually is: one character replaced in one
/// sentence, one sentence deleted, one sentence added; in sentences no note quotes, so every note still anchors (a
/// note's passage may shift, and the diff around it differs from article to article).
/// </summary>
public static class RevisionEdits
{
    public static List<string> Apply(CorpusArticle article, Random rng)
    {
        var text = string.Join('\n', article.Paragraphs);
        var quoted = article.Notes.Select(n => text.IndexOf(n.Quote, StringComparison.Ordinal)).Select((at, k) => (at, at + article.Notes[k].Quote.Length)).ToList();
        // Sentences as (paragraph, start, end) in the joined text, each ending with its 。.
        var sentences = new List<(int Paragraph, int Start, int End)>();
        for (int p = 0, offset = 0; p < article.Paragraphs.Count; offset += article.Paragraphs[p].Length + 1, p++)
            for (int s = 0, e; s < article.Paragraphs[p].Length; s = e)
            {
                e = article.Paragraphs[p].IndexOf('。', s) is var dot and >= 0 ? dot + 1 : article.Paragraphs[p].Length;
                sentences.Add((p, offset + s, offset + e));
            }
        var free = sentences.Where(x => !quoted.Any(q => q.Item1 < x.End && x.Start < q.Item2)).OrderBy(_ => rng.Next()).Take(3).ToList();
        if (free.Count < 3) return [.. article.Paragraphs];

        // Applied from the end of the text backwards, so earlier positions stay valid.
        var edits = new List<(int Start, int End, string Replacement)>
        {
            (free[0].Start + 1, free[0].Start + 2, "新"),
            (free[1].Start, free[1].End, ""),
            (free[2].End, free[2].End, "編者補充：此段內容已依最新資料更正。"),
        };
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start))
            text = text[..start] + replacement + text[end..];
        return [.. text.Split('\n').Where(p => p.Length > 0)];
    }
}
