using Archive.Incremental;
using Archive.Tests.Support;

namespace Archive.Tests.Incremental;

/// <summary>Preview's rebuilds: an edit re-renders only the pages it touches and rewrites only files whose bytes changed.</summary>
public sealed class PreviewSessionTests
{
    static (TestSite Site, PreviewSession Session) Start()
    {
        var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        site.WriteTerm("countries", "china", "中國", "China");
        site.Write("articles/a.md", "---\ntitle: A\ndate: 2025-01-01\ncountries: [japan]\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n");
        site.Write("articles/b.md", "---\ntitle: B\ndate: 2025-01-02\ncountries: [china]\n---\n\n另一篇文章。\n");
        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n第一版。見[B](xref:articles/b)。\n");
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        Assert.True(session.Rebuild([]).Report.Succeeded);
        return (site, session);
    }

    static DateTime Stamp(TestSite site, string path) => File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, path));

    [Fact]
    public void Editing_a_note_rerenders_its_pages_and_leaves_the_others_alone()
    {
        var (site, session) = Start();
        using var _ = site;
        var untouched = Stamp(site, "articles/b/index.html");
        Thread.Sleep(20);

        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n第二版。見[B](xref:articles/b)。\n");
        var outcome = session.Rebuild([Path.Combine(site.InputDirectory, "annotations", "a", "n1.md")]);

        Assert.True(outcome.Report.Succeeded, string.Join("\n", outcome.Report.Diagnostics));
        Assert.True(outcome.Incremental);
        Assert.Contains("第二版", site.Page("/annotations/n1/").QuerySelector(".note-body")!.TextContent);
        Assert.Contains("第二版", site.Page("/articles/a/").GetElementById("note-n1")!.TextContent);
        Assert.Contains("第二版", site.Page("/countries/japan/").QuerySelector(".note-item-excerpt")!.TextContent);
        Assert.Equal(untouched, Stamp(site, "articles/b/index.html"));
        Assert.InRange(outcome.Rewritten, 3, 8);
    }

    [Fact]
    public void Retagging_a_note_moves_it_between_term_pages()
    {
        var (site, session) = Start();
        using var _ = site;
        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\ncountries: [china]\n---\n改標籤。\n");
        var outcome = session.Rebuild([Path.Combine(site.InputDirectory, "annotations", "a", "n1.md")]);
        Assert.True(outcome.Report.Succeeded, string.Join("\n", outcome.Report.Diagnostics));
        Assert.True(outcome.Incremental);
        Assert.Empty(site.Page("/countries/japan/").QuerySelectorAll(".note-item"));
        Assert.Single(site.Page("/countries/china/").QuerySelectorAll(".note-item"));
        Assert.Contains("1 則註解", site.Page("/countries/").QuerySelector(".term-grid")!.TextContent);
        // The backlink from the note to article B is gone.
        Assert.Empty(site.Page("/articles/b/").QuerySelectorAll(".backlinks a"));
    }

    [Fact]
    public void A_broken_edit_writes_nothing_and_the_next_good_one_recovers()
    {
        var (site, session) = Start();
        using var _ = site;
        var note = Path.Combine(site.InputDirectory, "annotations", "a", "n1.md");
        var before = File.ReadAllText(Path.Combine(site.OutputDirectory, "articles", "a", "index.html"));
        site.Write("annotations/a/n1.md", "---\nquote: 雷射照達\ncountries: [japan]\n---\n壞的。\n");
        var failed = session.Rebuild([note]);
        Assert.Equal("QUOTE_NOT_FOUND", Assert.Single(failed.Report.Diagnostics, d => d.Severity == Archive.Diagnostics.Severity.Error).Code);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.OutputDirectory, "articles", "a", "index.html")));

        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n修好了。\n");
        Assert.True(session.Rebuild([note]).Report.Succeeded);
        Assert.Contains("修好了", site.Page("/articles/a/").GetElementById("note-n1")!.TextContent);
    }

    [Fact]
    public void A_new_file_falls_back_to_a_full_build()
    {
        var (site, session) = Start();
        using var _ = site;
        site.Write("annotations/b/n2.md", "---\nquote: 另一篇\n---\n新的註解。\n");
        var outcome = session.Rebuild([Path.Combine(site.InputDirectory, "annotations", "b", "n2.md")]);
        Assert.True(outcome.Report.Succeeded);
        Assert.False(outcome.Incremental);
        Assert.NotNull(site.Page("/articles/b/").GetElementById("note-n2"));
    }
}
