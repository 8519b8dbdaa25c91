using Archive.Incremental;
using Archive.Tests.Support;

namespace Archive.Tests.Incremental;

/// <summary>
/// Preview patches the catalog and re-renders only what an edit touches; after every edit its output folder must be
/// byte for byte what a full build of the same input writes. Any page the patch forgets, or any index it updates
/// wrongly, shows up as a differing file.
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

    public static TheoryData<string, string, string> Edits => new()
    {
        { "note body", "annotations/a/a1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n改寫的第一則。見[乙篇](xref:articles/b)。\n" },
        { "note tags", "annotations/a/a1.md", "---\nquote: 雷達照射\ncountries: [japan, china]\nincidents: [radar]\n---\n第一則。見[乙篇](xref:articles/b)。\n" },
        { "note tag removed", "annotations/a/a2.md", "---\nquote: 第二段\n---\n第二則，沒有標籤。\n" },
        { "note quote moved", "annotations/a/a2.md", "---\nquote: 日本航空\ncountries: [korea]\nincidents: [radar]\n---\n第二則移到開頭。\n" },
        { "note link retargeted", "annotations/a/a1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n第一則。改連[丙篇](xref:articles/c)與[南韓](xref:countries/korea)。\n" },
        { "note link dropped", "annotations/b/b1.md", "---\nquote: 北京的回應\ncountries: [china]\n---\n北京，不再連結。\n" },
        { "article body", "articles/b.md", "---\ntitle: 乙篇\ndate: 2025-01-02\ncountries: [china]\n---\n\n另一篇文章談北京的回應，並補上一句。\n\n還有第二段，連到[甲篇](xref:articles/a)。\n" },
        { "article tags", "articles/c.md", "---\ntitle: 丙篇\ndate: 2025-01-03\ncountries: [china]\nincidents: [radar]\n---\n\n首爾的看法與東京不同。\n" },
        { "article title", "articles/a.md", "---\ntitle: 甲篇（更新）\ndate: 2025-01-01\ncountries: [japan]\nincidents: [radar]\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n\n第二段提到南韓與中國。\n" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_incremental_rebuild_writes_what_a_full_build_writes(string edit, string path, string content)
    {
        using var site = new TestSite();
        WriteSite(site);
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        Assert.True(session.Rebuild([]).Report.Succeeded);
        Assert.True(EditAndCompare(site, session, edit, path, content), edit + " fell back to a full build");
    }

    /// <summary>Later edits start from patched state; some fall back (a term page count changes), and all must still match.</summary>
    [Fact]
    public void Edits_one_after_another_stay_equal_to_a_full_build()
    {
        using var site = new TestSite();
        WriteSite(site);
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        Assert.True(session.Rebuild([]).Report.Succeeded);
        var incremental = 0;
        foreach (var row in Edits)
        {
            var (edit, path, content) = ((string)row[0], (string)row[1], (string)row[2]);
            if (EditAndCompare(site, session, edit, path, content)) incremental++;
        }
        Assert.InRange(incremental, Edits.Count - 3, Edits.Count);
    }

    /// <summary>Korea × radar loses all its items at once: its page goes, so the rebuild is a full one, and still equal.</summary>
    [Fact]
    public void An_edit_that_empties_an_intersection_rebuilds_everything()
    {
        using var site = new TestSite();
        WriteSite(site);
        var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme));
        Assert.True(session.Rebuild([]).Report.Succeeded);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "countries/korea/incidents/radar/index.html")));
        site.Write("articles/c.md", "---\ntitle: 丙篇\ndate: 2025-01-03\ncountries: [japan]\n---\n\n首爾的看法與東京不同。\n");
        Assert.False(EditAndCompare(site, session, "Korea × radar's items retagged", "annotations/a/a2.md", "---\nquote: 第二段\n---\n第二則。\n",
            also: "articles/c.md"));
        Assert.False(File.Exists(Path.Combine(site.OutputDirectory, "countries/korea/incidents/radar/index.html")));
    }

    /// <returns>Whether the rebuild was incremental.</returns>
    /// <param name="also">Another file already rewritten, saved in the same rebuild.</param>
    static bool EditAndCompare(TestSite site, PreviewSession session, string edit, string path, string content, string? also = null)
    {
        site.Write(path, content);
        var outcome = session.Rebuild([Path.Combine(site.InputDirectory, path), .. also is null ? Array.Empty<string>() : [Path.Combine(site.InputDirectory, also)]]);
        Assert.True(outcome.Report.Succeeded, edit + ": " + string.Join("\n", outcome.Report.Diagnostics));

        using var reference = new TempFolder();
        var full = ArchiveBuild.Run(new BuildOptions(site.InputDirectory, reference["output"], Repository.Theme));
        Assert.True(full.Succeeded);
        var differing = OutputSnapshot.Differences(reference["output"], site.OutputDirectory);
        Assert.True(differing.Count == 0, $"{edit}: these files differ from a full build: {string.Join(", ", differing)}");
        return outcome.Incremental;
    }
}
