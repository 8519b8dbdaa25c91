using System.Text;

namespace Archive.Benchmarks.Corpus;

/// <summary>
/// Writes the corpus as an archive whose every article has a second version (<c>--revisions</c>): the generated text
/// is the first version (<c>sources/&lt;slug&gt;-v1.txt</c>, listed in <c>revisions:</c>), the article's text is the
/// current one with a few sentences edited, and every note names the first version in <c>revision:</c>, so each is
/// carried to the current text through a diff. Deterministic for a seed.
/// </summary>
public static class RevisedInputWriter
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(SyntheticCorpus corpus, string inputDirectory)
    {
        ArchiveInputWriter.Write(corpus, inputDirectory);
        var sources = Directory.CreateDirectory(Path.Combine(inputDirectory, "sources")).FullName;
        var articles = Path.Combine(inputDirectory, "articles");
        var annotations = Path.Combine(inputDirectory, "annotations");
        Parallel.For(0, corpus.Articles.Count, i =>
        {
            var article = corpus.Articles[i];
            var version = $"{article.Date:yyyy-MM-dd}";
            File.WriteAllText(Path.Combine(sources, $"{article.Slug}-v1.txt"), article.Body + "\n", Utf8);
            var extra = $"updated: {article.Date.AddDays(3):yyyy-MM-dd}\nrevisions:\n  - date: {version}\n    original: sources/{article.Slug}-v1.txt\n    note: 更正一字，刪去一句，補上一句。\n";
            var current = RevisionEdits.Apply(article, new Random(corpus.Seed + i));
            File.WriteAllText(Path.Combine(articles, article.Slug + ".md"), ArchiveInputWriter.ArticleFile(article, extra, string.Join("\n\n", current)), Utf8);
            foreach (var note in article.Notes)
                File.WriteAllText(Path.Combine(annotations, article.Slug, note.Id + ".md"), ArchiveInputWriter.NoteFile(note, $"revision: {version}\n"), Utf8);
        });
    }
}
