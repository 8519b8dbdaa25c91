using System.Text;
using Archive.Tests.Support;

namespace Archive.Tests.Invalid;

/// <summary>One mistake, one message, at the place of the mistake: what follows from an error is not reported beside it.</summary>
public sealed class OneProblemTests
{
    static TestSite SiteWhoseOnlyArticleBreaks(string brokenArticle)
    {
        var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        site.Write("tags/incidents/radar.md", "---\nname: 雷達照射\nname_en: Radar\ndate: 2025-12-06\n---\n事件。\n");
        site.Write("articles/a.md", brokenArticle);
        for (var i = 0; i < 5; i++) site.Write($"annotations/a/n{i}.md", "---\nquote: 雷達照射\ncountries: [japan]\nincidents: [radar]\n---\n註。\n");
        return site;
    }

    [Fact]
    public void An_article_too_large_to_read_is_the_only_message()
    {
        using var site = SiteWhoseOnlyArticleBreaks("");
        File.WriteAllBytes(Path.Combine(site.InputDirectory, "articles", "a.md"),
            Encoding.UTF8.GetBytes("---\ntitle: 大\ndate: 2025-12-14\n---\n" + new string('字', 50 * 1024 * 1024 / 3)));
        var report = site.Check();
        Assert.Equal(["FILE_TOO_LARGE"], report.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void An_article_with_an_invalid_date_is_the_only_message()
    {
        using var site = SiteWhoseOnlyArticleBreaks("---\ntitle: 甲\ndate: 2025-02-30\ncountries: [japan]\n---\n\n雷達照射。\n");
        var report = site.Check();
        Assert.Equal(["DATE_INVALID"], report.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_note_in_a_folder_for_no_article_is_still_reported()
    {
        using var site = SiteWhoseOnlyArticleBreaks("---\ntitle: 甲\ndate: 2025-12-14\ncountries: [japan]\nincidents: [radar]\n---\n\n雷達照射。\n");
        site.Write("annotations/b/n9.md", "---\nquote: 雷達照射\n---\n註。\n");
        Assert.Equal("input/annotations/b/n9.md", site.Check().Single("ARTICLE_UNKNOWN").Location.File);
    }

    [Fact]
    public void A_fidelity_mismatch_after_a_soft_line_break_is_reported_on_its_own_line()
    {
        using var site = new TestSite();
        site.Write("sources/a.txt", "第一行文字\n第二行文字正確\n第三行\n");
        site.Write("articles/a.md", "---\ntitle: 一個很長的標題用來測試位置\ndate: 2025-01-01\noriginal: sources/a.txt\n---\n\n第一行文字\n第二行文字錯誤\n第三行\n");
        var d = site.Check().Single("FIDELITY_MISMATCH");
        Assert.Equal(("input/articles/a.md", 8, 6), (d.Location.File, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void An_unknown_term_that_is_no_valid_slug_is_not_suggested_as_a_file_to_create()
    {
        using var site = SiteWhoseOnlyArticleBreaks("---\ntitle: 甲\ndate: 2025-12-14\ncountries: [\"../../etc\"]\n---\n\n雷達照射。\n");
        var d = site.Check().Single("TERM_UNKNOWN");
        Assert.DoesNotContain("../", d.Fix);
        Assert.DoesNotContain("create input/tags", d.Fix);
    }
}
