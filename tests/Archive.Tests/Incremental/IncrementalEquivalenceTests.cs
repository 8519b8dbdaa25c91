using Archive.Incremental;
using Archive.Tests.Support;

namespace Archive.Tests.Incremental;

/// <summary>
/// Preview patches the catalog and re-renders only what an edit touches; after every kind of edit its output folder
/// must be byte for byte what a full build of the same input writes, and its report must list the same diagnostics.
/// Any page the patch forgets, any index it updates wrongly, any warning it drops or keeps too long shows up here;
/// and an edit preview should rebuild incrementally but builds in full fails, with the reason the session gave.
/// </summary>
public sealed class IncrementalEquivalenceTests
{
    static void WriteSite(TestSite site)
    {
        site.Write("tags/countries/japan.md", "---\nname: 日本\nname_en: Japan\naliases: [日方]\n---\n日本。\n");
        site.WriteTerm("countries", "china", "中國", "China");
        site.WriteTerm("countries", "korea", "南韓", "South Korea");
        site.Write("tags/incidents/radar.md", "---\nname: 雷達照射事件\nname_en: Radar lock-on\ndate: 2025-12-06\ncountries: [japan, china]\n---\n事件。\n");
        site.Write("articles/a.md", "---\ntitle: 甲篇\ndate: 2025-01-01\ncountries: [japan]\nincidents: [radar]\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n\n第二段提到南韓與中國。\n");
        site.Write("articles/b.md", "---\ntitle: 乙篇\ndate: 2025-01-02\ncountries: [china]\n---\n\n另一篇文章談北京的回應。\n\n還有第二段。\n");
        // Korea × radar is shared by a2 and by c and its note, so removing a2's tags changes that intersection page
        // without removing it (a page that appears or disappears is a full build).
        site.Write("articles/c.md", "---\ntitle: 丙篇\ndate: 2025-01-03\ncountries: [korea, japan]\nincidents: [radar]\n---\n\n首爾的看法與東京不同。\n");
        site.Write("annotations/a/a1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n第一則。見[乙篇](xref:articles/b)。\n");
        site.Write("annotations/a/a2.md", "---\nquote: 第二段\ncountries: [korea]\nincidents: [radar]\n---\n第二則。\n");
        site.Write("annotations/b/b1.md", "---\nquote: 北京的回應\ncountries: [china]\n---\n北京。見[甲篇的註](xref:annotations/a1)。\n");
        site.Write("annotations/c/c1.md", "---\nquote: 首爾\ncountries: [korea]\n---\n首爾。\n");
        // Enough Japan articles for three pages of two: related terms and counts show on every page, not just one.
        for (var i = 1; i <= 4; i++)
            site.Write($"articles/j{i}.md", $"---\ntitle: 日本之{i}\ndate: 2024-0{i}-01\ncountries: [japan]\n---\n\n第{i}篇談日本。\n");
    }

    /// <summary>One kind of edit: what it does to the input, the files it changes, and why it needs a full build (null: it does not).</summary>
    public sealed record Edit(string Name, string? FullBuildBecause, Action<TestSite> Apply, params string[] Changed);

    static Edit Rewrite(string name, string path, string content, string? fullBuildBecause = null) =>
        new(name, fullBuildBecause, site => site.Write(path, content), path);

    const string NotRead = "is not an article or note the last build read";
    const string Gone = "was deleted or renamed";

    public static readonly IReadOnlyList<Edit> All =
    [
        Rewrite("note body", "annotations/a/a1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n改寫的第一則。見[乙篇](xref:articles/b)。\n"),
        Rewrite("note tags", "annotations/a/a1.md", "---\nquote: 雷達照射\ncountries: [japan, china]\nincidents: [radar]\n---\n第一則。見[乙篇](xref:articles/b)。\n"),
        Rewrite("note tag removed", "annotations/a/a2.md", "---\nquote: 第二段\n---\n第二則，沒有標籤。\n"),
        Rewrite("note quote moved", "annotations/a/a2.md", "---\nquote: 日本航空\ncountries: [korea]\nincidents: [radar]\n---\n第二則移到開頭。\n"),
        Rewrite("note link retargeted", "annotations/a/a1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n第一則。改連[丙篇](xref:articles/c)與[南韓](xref:countries/korea)。\n"),
        Rewrite("note link dropped", "annotations/b/b1.md", "---\nquote: 北京的回應\ncountries: [china]\n---\n北京，不再連結。\n"),
        Rewrite("article body", "articles/b.md", "---\ntitle: 乙篇\ndate: 2025-01-02\ncountries: [china]\n---\n\n另一篇文章談北京的回應，並補上一句。\n\n還有第二段，連到[甲篇](xref:articles/a)。\n"),
        Rewrite("article body naming a term", "articles/b.md", "---\ntitle: 乙篇\ndate: 2025-01-02\ncountries: [china]\n---\n\n另一篇文章談北京的回應，也提到日本。\n\n還有第二段。\n"),
        Rewrite("article tags", "articles/c.md", "---\ntitle: 丙篇\ndate: 2025-01-03\ncountries: [china]\nincidents: [radar]\n---\n\n首爾的看法與東京不同。\n"),
        Rewrite("article title", "articles/a.md", "---\ntitle: 甲篇（更新）\ndate: 2025-01-01\ncountries: [japan]\nincidents: [radar]\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n\n第二段提到南韓與中國。\n"),
        Rewrite("article date", "articles/b.md", "---\ntitle: 乙篇\ndate: 2024-12-30\ncountries: [china]\n---\n\n另一篇文章談北京的回應。\n\n還有第二段。\n",
            "slug or date changed"),
        Rewrite("term", "tags/countries/china.md", "---\nname: 中國大陸\nname_en: Mainland China\n---\n改寫的說明。\n", NotRead),
        Rewrite("site settings", "site.yml", TestSite.DefaultSiteYml.Replace("測試檔案", "改名的檔案"), NotRead),
        Rewrite("note added", "annotations/c/c2.md", "---\nquote: 東京\ncountries: [japan]\n---\n新的一則。\n", NotRead),
        new("note deleted", Gone, site => File.Delete(Path.Combine(site.InputDirectory, "annotations/c/c1.md")), "annotations/c/c1.md"),
        new("article deleted", Gone, site => File.Delete(Path.Combine(site.InputDirectory, "articles/j4.md")), "articles/j4.md"),
        new("note renamed", Gone, site => File.Move(Path.Combine(site.InputDirectory, "annotations/b/b1.md"), Path.Combine(site.InputDirectory, "annotations/b/b9.md")),
            "annotations/b/b1.md", "annotations/b/b9.md"),
    ];

    public static TheoryData<string> Edits => [.. All.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_rebuild_after_an_edit_writes_and_reports_what_a_full_build_does(string name)
    {
        var edit = All.Single(e => e.Name == name);
        using var site = new TestSite();
        WriteSite(site);
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        Assert.Equal(PreviewSession.FirstBuild, session.Rebuild([]).FullBuildReason);
        var outcome = EditAndCompare(site, session, edit);
        if (edit.FullBuildBecause is null) Assert.True(outcome.Incremental, $"{name} fell back to a full build: {outcome.FullBuildReason}");
        else Assert.Contains(edit.FullBuildBecause, outcome.FullBuildReason ?? "(incremental)");
    }

    /// <summary>
    /// Later edits start from patched state. In sequence an edit meant to be incremental may find the set of pages
    /// changed by the one before (a term's page count), and build in full saying so; any other fallback fails.
    /// </summary>
    [Fact]
    public void Edits_one_after_another_stay_equal_to_a_full_build()
    {
        using var site = new TestSite();
        WriteSite(site);
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        Assert.True(session.Rebuild([]).Report.Succeeded);
        var fallbacks = new List<string>();
        foreach (var edit in All)
        {
            var outcome = EditAndCompare(site, session, edit);
            if (edit.FullBuildBecause is not null) Assert.Contains(edit.FullBuildBecause, outcome.FullBuildReason ?? "(incremental)");
            else if (!outcome.Incremental) fallbacks.Add($"{edit.Name}: {outcome.FullBuildReason}");
        }
        Assert.All(fallbacks, f => Assert.Contains("the set of pages", f));
        Assert.True(fallbacks.Count <= 3, string.Join("\n", fallbacks));
    }

    /// <summary>Korea × radar loses all its items at once: its page goes, so the rebuild is a full one, and still equal.</summary>
    [Fact]
    public void An_edit_that_empties_an_intersection_rebuilds_everything()
    {
        using var site = new TestSite();
        WriteSite(site);
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        Assert.True(session.Rebuild([]).Report.Succeeded);
        var page = Path.Combine(site.OutputDirectory, "countries/korea/incidents/radar/index.html");
        Assert.True(File.Exists(page));
        var edit = new Edit("Korea × radar's items retagged", "the set of pages", s =>
        {
            s.Write("articles/c.md", "---\ntitle: 丙篇\ndate: 2025-01-03\ncountries: [japan]\n---\n\n首爾的看法與東京不同。\n");
            s.Write("annotations/a/a2.md", "---\nquote: 第二段\n---\n第二則。\n");
        }, "annotations/a/a2.md", "articles/c.md");
        var outcome = EditAndCompare(site, session, edit);
        Assert.Contains(edit.FullBuildBecause!, outcome.FullBuildReason ?? "(incremental)");
        Assert.False(File.Exists(page));
    }

    static PreviewSession.Outcome EditAndCompare(TestSite site, PreviewSession session, Edit edit)
    {
        edit.Apply(site);
        var outcome = session.Rebuild([.. edit.Changed.Select(p => Path.Combine(site.InputDirectory, p))]);
        Assert.True(outcome.Report.Succeeded, edit.Name + ": " + string.Join("\n", outcome.Report.Diagnostics));

        using var reference = new TempFolder();
        var full = ArchiveBuild.Run(new BuildOptions(site.InputDirectory, reference["output"], Repository.Theme));
        Assert.True(full.Succeeded);
        var differing = OutputSnapshot.Differences(reference["output"], site.OutputDirectory);
        Assert.True(differing.Count == 0, $"{edit.Name}: these files differ from a full build: {string.Join(", ", differing)}");
        Assert.Equal(Reported(full), Reported(outcome.Report));
        Assert.Contains(Reported(full), d => d.Contains("TAG_SUGGESTED")); // the comparison has something to compare
        return outcome;
    }

    /// <summary>A report's diagnostics as text; Pagefind's own warnings (preview indexes search in the background) left out.</summary>
    static List<string> Reported(BuildReport report) =>
        [.. report.Diagnostics.Where(d => !d.Code.StartsWith("SEARCH_", StringComparison.Ordinal)).Select(d => d.ToString())];
}
