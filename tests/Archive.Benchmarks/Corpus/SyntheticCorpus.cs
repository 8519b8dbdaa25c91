namespace Archive.Benchmarks.Corpus;

/// <summary>One generated archive, independent of any site format; the writers turn it into our input/ or the peers' corpus.</summary>
public sealed record SyntheticCorpus(
    int Seed,
    IReadOnlyList<CorpusArticle> Articles,
    IReadOnlyList<CorpusCountry> Countries,
    IReadOnlyList<CorpusIncident> Incidents)
{
    public int NoteCount => Articles.Sum(a => a.Notes.Count);
    public long BodyBytes => Articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Body));
}

/// <summary>An article: <see cref="Date"/> is unique, so "newest first" has no ties.</summary>
public sealed record CorpusArticle(
    string Slug,
    string Title,
    DateTimeOffset Date,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Incidents,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<CorpusNote> Notes)
{
    public string Body => string.Join("\n\n", Paragraphs);
}

/// <summary>A note on <see cref="Quote"/>, which occurs exactly once in its article; it links to article <see cref="LinkTo"/>.</summary>
public sealed record CorpusNote(string Id, int Paragraph, string Quote, string Label, string Text, string LinkTo, string LinkTitle);

public sealed record CorpusCountry(string Slug, string Name, string NameEn);

public sealed record CorpusIncident(string Slug, string Name, string NameEn, DateOnly Date, IReadOnlyList<string> Countries);
