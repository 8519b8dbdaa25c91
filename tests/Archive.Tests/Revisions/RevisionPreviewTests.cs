using Archive.Incremental;
using Archive.Tests.Support;

namespace Archive.Tests.Revisions;

/// <summary>Preview re-anchors a revised article's notes and re-renders its revisions page: byte for byte a full build.</summary>
public sealed class RevisionPreviewTests
{
    public static TheoryData<string, string, string> Edits => new()
    {
        // The current text edited again: the changed passage moves on, the diff on the revisions page grows.
        { "current text", "articles/a.md", RevisedArticle.ArticleFile + RevisedArticle.Current.Replace("北京稱日方戰機", "北京指日方戰機") },
        { "note on an earlier version", "annotations/a/exact.md", RevisedArticle.Note("遼寧號的殲十五戰機").Replace("的註解。", "的註解，改寫。") },
        { "revision note", "articles/a.md", RevisedArticle.ArticleFile.Replace("初版。", "第一版。") + RevisedArticle.Current },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_incremental_rebuild_of_a_revised_article_writes_what_a_full_build_writes(string edit, string path, string content)
    {
        using var site = RevisedArticle.Site();
        site.Write("sources/a-current.txt", RevisedArticle.Current.Replace("北京稱日方戰機", "北京指日方戰機"));
        site.Write("articles/a.md", RevisedArticle.ArticleFile.Replace("original: sources/a-current.txt\n", "") + RevisedArticle.Current);
        // Without the accepted orphan, an article's edit is patched rather than rebuilt.
        File.Delete(Path.Combine(site.InputDirectory, "annotations/a/accepted.md"));
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        Assert.True(session.Rebuild([]).Report.Succeeded);

        site.Write(path, content.Replace("original: sources/a-current.txt\n", ""));
        var outcome = session.Rebuild([Path.Combine(site.InputDirectory, path)]);
        Assert.True(outcome.Report.Succeeded, edit + ": " + string.Join("\n", outcome.Report.Diagnostics));
        Assert.True(outcome.Incremental, edit + " fell back to a full build");

        using var reference = new TempFolder();
        Assert.True(ArchiveBuild.Run(new BuildOptions(site.InputDirectory, reference["output"], Repository.Theme)).Succeeded);
        var differing = OutputSnapshot.Differences(reference["output"], site.OutputDirectory);
        Assert.True(differing.Count == 0, $"{edit}: these files differ from a full build: {string.Join(", ", differing)}");
    }

    /// <summary>
    /// A full build in preview (a new file) reuses the revised article's anchoring, and with it what the anchoring
    /// reported: the moved and changed notes' diagnostics are the ones a build from scratch reports.
    /// </summary>
    [Fact]
    public void A_full_build_reuses_a_revised_articles_anchoring_and_reports_it_again()
    {
        using var site = RevisedArticle.Site();
        File.Delete(Path.Combine(site.InputDirectory, "annotations/a/accepted.md"));
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        var first = session.Rebuild([]);
        Assert.True(first.Report.Succeeded);

        site.Write("articles/z.md", "---\ntitle: Z\ndate: 2025-12-20\n---\n\n新的一篇。\n");
        var outcome = session.Rebuild([Path.Combine(site.InputDirectory, "articles/z.md")]);
        Assert.False(outcome.Incremental);
        Assert.True(outcome.Report.Succeeded, string.Join("\n", outcome.Report.Diagnostics));
        Assert.Same(first.Report.Catalog!.AnchorsOf("a")[0], outcome.Report.Catalog!.AnchorsOf("a")[0]);

        using var reference = new TempFolder();
        var full = ArchiveBuild.Run(new BuildOptions(site.InputDirectory, reference["output"], Repository.Theme));
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), outcome.Report.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(outcome.Report.Diagnostics, d => d.Code == "ANCHOR_MOVED");
        Assert.Contains(outcome.Report.Diagnostics, d => d.Code == "ANCHOR_CHANGED");
    }
}
