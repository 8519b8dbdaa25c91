using Archive.Incremental;
using Archive.Model;
using Archive.Pipelines;
using Archive.Tests.Support;

namespace Archive.Tests.Incremental;

/// <summary>
/// Preview analyses a file again only when its content changed: a full build it has to make reuses every unchanged
/// file's analysis, a save without a change does nothing, and an edit of a file that analysis reads besides the
/// document itself (an article's original) is analysed again.
/// </summary>
public sealed class PreviewAnalysisCacheTests
{
    const string Original = "日本航空自衛隊戰機遭到雷達照射。\n\n第二段文字。\n";

    static (TestSite Site, PreviewSession Session, PreviewSession.Outcome First) Start()
    {
        var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        site.Write("sources/a.txt", Original);
        site.Write("articles/a.md", "---\ntitle: A\ndate: 2025-01-01\noriginal: sources/a.txt\ncountries: [japan]\n---\n\n" + Original);
        site.Write("articles/b.md", "---\ntitle: B\ndate: 2025-01-02\ncountries: [japan]\n---\n\n另一篇文章。\n");
        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n第一則。\n");
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        var first = session.Rebuild([]);
        Assert.True(first.Report.Succeeded, string.Join("\n", first.Report.Diagnostics));
        return (site, session, first);
    }

    static Article ArticleOf(PreviewSession.Outcome outcome, string slug) =>
        outcome.Report.Result!.OutputsOf<Article>(PipelineNames.Articles).Single(a => a.Slug == slug);

    [Fact]
    public void A_full_build_for_a_new_note_reuses_the_unchanged_articles()
    {
        var (site, session, first) = Start();
        using var _ = site;
        site.Write("annotations/b/n2.md", "---\nquote: 另一篇\n---\n新的一則。\n");
        var note = Path.Combine(site.InputDirectory, "annotations", "b", "n2.md");
        var outcome = session.Rebuild([note]);
        Assert.False(outcome.Incremental);
        Assert.True(outcome.Report.Succeeded, string.Join("\n", outcome.Report.Diagnostics));
        Assert.Same(ArticleOf(first, "a"), ArticleOf(outcome, "a"));
        Assert.Same(ArticleOf(first, "b"), ArticleOf(outcome, "b"));
        // Article a's notes are unchanged, so its anchoring is reused; b gained a note and is anchored again.
        Assert.Same(first.Report.Catalog!.AnchorsOf("a")[0], outcome.Report.Catalog!.AnchorsOf("a")[0]);
        Assert.Single(outcome.Report.Catalog!.AnchorsOf("b"));
        Assert.Contains("新的一則", site.Page("/annotations/n2/").QuerySelector(".note-body")!.TextContent);
    }

    [Fact]
    public void Saving_a_file_unchanged_renders_nothing()
    {
        var (site, session, _) = Start();
        using var __ = site;
        var outcome = session.Rebuild([Path.Combine(site.InputDirectory, "articles", "b.md")]);
        Assert.True(outcome.Incremental, outcome.FullBuildReason);
        Assert.Equal(0, outcome.Rendered);
        Assert.Equal(0, outcome.Rewritten);
    }

    [Fact]
    public void An_edited_original_is_checked_again()
    {
        var (site, session, first) = Start();
        using var _ = site;
        site.Write("sources/a.txt", Original.Replace("第二段", "改過的第二段"));
        var source = Path.Combine(site.InputDirectory, "sources", "a.txt");
        var outcome = session.Rebuild([source]);
        Assert.False(outcome.Report.Succeeded);
        Assert.Contains(outcome.Report.Diagnostics, d => d.Code == "FIDELITY_MISMATCH" && d.Location.File.EndsWith("articles/a.md", StringComparison.Ordinal));

        site.Write("sources/a.txt", Original);
        var fixedAgain = session.Rebuild([source]);
        Assert.True(fixedAgain.Report.Succeeded, string.Join("\n", fixedAgain.Report.Diagnostics));
        Assert.NotSame(ArticleOf(first, "a"), ArticleOf(fixedAgain, "a"));
    }

    /// <summary>
    /// A save of two files, one of them unchanged: only the other is an edit, and the unchanged one's own warning
    /// (reported again by its reused analysis) is listed once, as a full build lists it.
    /// </summary>
    [Fact]
    public void An_unchanged_file_saved_with_an_edited_one_is_reported_once()
    {
        var (site, session, _) = Start();
        using var __ = site;
        site.Write("annotations/b/n2.md", "---\nquote: 另一篇\nsources:\n  - title: 首頁\n    url: https://www.mod.go.jp/\n---\n只引首頁。\n");
        var n2 = Path.Combine(site.InputDirectory, "annotations", "b", "n2.md");
        Assert.True(session.Rebuild([n2]).Report.Succeeded);
        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n第二版。\n");
        var outcome = session.Rebuild([Path.Combine(site.InputDirectory, "annotations", "a", "n1.md"), n2]);
        Assert.True(outcome.Incremental, outcome.FullBuildReason);
        Assert.Single(outcome.Report.Diagnostics, d => d.Code == "SOURCE_SHALLOW");

        using var reference = new TempFolder();
        var full = ArchiveBuild.Run(new BuildOptions(site.InputDirectory, reference["output"], Repository.Theme));
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), outcome.Report.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(OutputSnapshot.Differences(reference["output"], site.OutputDirectory));
    }
}
