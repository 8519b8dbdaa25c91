using System.Text;

namespace Archive.Benchmarks.Corpus;

/// <summary>Writes a corpus as our input/ folder: site.yml, articles/, annotations/&lt;article&gt;/, tags/&lt;taxonomy&gt;/.</summary>
public static class ArchiveInputWriter
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    const string SiteYml = """
        # A synthetic archive for benchmarks (tests/Archive.Benchmarks): generated, not edited.
        title: 區域外交觀察
        description: 合成的基準測試檔案。A synthetic archive for benchmarks.
        base_url: https://example.org/
        language: zh-Hant
        page_size: 20
        taxonomies:
          - key: countries
            name: 國家與地區
            name_en: Countries and regions
          - key: incidents
            name: 事件
            name_en: Incidents
            dated: true

        """;

    public static void Write(SyntheticCorpus corpus, string inputDirectory)
    {
        if (Directory.Exists(inputDirectory)) Directory.Delete(inputDirectory, recursive: true);
        Directory.CreateDirectory(inputDirectory);
        File.WriteAllText(Path.Combine(inputDirectory, "site.yml"), SiteYml, Utf8);

        var articles = Directory.CreateDirectory(Path.Combine(inputDirectory, "articles")).FullName;
        var annotations = Directory.CreateDirectory(Path.Combine(inputDirectory, "annotations")).FullName;
        Parallel.ForEach(corpus.Articles, article =>
        {
            File.WriteAllText(Path.Combine(articles, article.Slug + ".md"), ArticleFile(article), Utf8);
            var folder = Directory.CreateDirectory(Path.Combine(annotations, article.Slug)).FullName;
            foreach (var note in article.Notes)
                File.WriteAllText(Path.Combine(folder, note.Id + ".md"), NoteFile(note), Utf8);
        });

        var countries = Directory.CreateDirectory(Path.Combine(inputDirectory, "tags", "countries")).FullName;
        foreach (var c in corpus.Countries)
            File.WriteAllText(Path.Combine(countries, c.Slug + ".md"), CountryFile(c), Utf8);
        var incidents = Directory.CreateDirectory(Path.Combine(inputDirectory, "tags", "incidents")).FullName;
        foreach (var i in corpus.Incidents)
            File.WriteAllText(Path.Combine(incidents, i.Slug + ".md"), IncidentFile(i, corpus), Utf8);
    }

    /// <param name="extra">Front matter lines to add (each ending in a newline); <paramref name="body"/> replaces the article's text.</param>
    internal static string ArticleFile(CorpusArticle a, string extra = "", string? body = null) => $"""
        ---
        title: {Quote(a.Title)}
        date: {a.Date:yyyy-MM-dd}
        byline: 本站記者
        countries: {List(a.Countries)}
        incidents: {List(a.Incidents)}
        {extra}---

        {body ?? a.Body}

        """;

    internal static string NoteFile(CorpusNote n, string extra = "") => $"""
        ---
        quote: {Quote(n.Quote)}
        {extra}---
        **{n.Label}**：{n.Text}

        延伸閱讀：[{n.LinkTitle}](xref:articles/{n.LinkTo})

        """;

    static string CountryFile(CorpusCountry c) => $"""
        ---
        name: {c.Name}
        name_en: {c.NameEn}
        aliases: []
        ---
        {c.Name}（{c.NameEn}）：本站報導所涉及的國家或地區。

        """;

    static string IncidentFile(CorpusIncident i, SyntheticCorpus corpus) => $"""
        ---
        name: {Quote(i.Name)}
        name_en: {Quote(i.NameEn)}
        date: {i.Date:yyyy-MM-dd}
        countries: {List(i.Countries)}
        aliases: []
        ---
        {i.Name}，涉及{string.Join("、", i.Countries.Select(s => $"[{corpus.Countries.First(c => c.Slug == s).Name}](xref:countries/{s})"))}。

        """;

    /// <summary>A YAML double-quoted scalar.</summary>
    static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    static string List(IEnumerable<string> slugs) => "[" + string.Join(", ", slugs) + "]";
}
