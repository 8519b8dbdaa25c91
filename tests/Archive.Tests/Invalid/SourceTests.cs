using Archive.Diagnostics;
using Archive.Tests.Support;

namespace Archive.Tests.Invalid;

/// <summary>
/// Sources prove claims: notes and terms take <c>sources:</c>, and a list made only of site front pages is a warning
/// (SOURCE_SHALLOW) at the first URL, not an error — the site still builds.
/// </summary>
public sealed class SourceTests
{
    const string Article = "---\ntitle: 文章\ndate: 2025-12-14\ncountries: [japan]\nincidents: [radar]\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n";
    const string Japan = "---\nname: 日本\nname_en: Japan\n---\n日本。\n";

    static TestSite Site(string noteSources, string incidentSources = "")
    {
        var site = new TestSite();
        site.Write("articles/a.md", Article);
        site.Write("tags/countries/japan.md", Japan);
        site.Write("tags/incidents/radar.md", $"---\nname: 雷達照射\nname_en: Radar illumination\ndate: 2025-12-06\n{incidentSources}---\n事件。\n");
        site.Write("annotations/a/n1.md", $"---\nquote: 雷達照射\n{noteSources}countries: [japan]\nincidents: [radar]\n---\n註。\n");
        return site;
    }

    static string Sources(params string[] urls) =>
        "sources:\n" + string.Concat(urls.Select((u, i) => $"  - title: 出處{i}\n    url: {u}\n"));

    [Fact]
    public void A_note_citing_only_home_pages_is_warned_at_its_first_url()
    {
        using var site = Site(Sources("https://www.mod.go.jp/", "https://www.mofa.go.jp"));
        var report = site.BuildOk();
        var d = report.Single("SOURCE_SHALLOW");
        Assert.Equal(Severity.Warning, d.Severity);
        // Line 5 of the note is `    url: https://www.mod.go.jp/`; the value starts at column 10.
        Assert.Equal(new SourceLocation("input/annotations/a/n1.md", 5, 10), d.Location);
        Assert.Contains("https://www.mofa.go.jp", d.Message);
    }

    [Fact]
    public void One_deep_link_among_home_pages_is_enough()
    {
        using var site = Site(Sources("https://www.mod.go.jp/", "https://www.mod.go.jp/j/press/news/2025/12/07a.html"));
        Assert.DoesNotContain(site.BuildOk().Diagnostics, d => d.Code == "SOURCE_SHALLOW");
    }

    [Fact]
    public void A_query_makes_a_page_not_a_home_page()
    {
        using var site = Site(Sources("https://example.org/?p=42"));
        Assert.DoesNotContain(site.BuildOk().Diagnostics, d => d.Code == "SOURCE_SHALLOW");
    }

    [Fact]
    public void A_term_takes_sources_and_shows_them_on_its_page()
    {
        using var site = Site("", Sources("https://japannews.yomiuri.co.jp/politics/defense-security/20251207-296966/"));
        var report = site.BuildOk();
        Assert.DoesNotContain(report.Diagnostics, d => d.Code is "SOURCE_SHALLOW" or "KEY_UNKNOWN");
        var link = site.Page("/incidents/radar/").QuerySelector(".term-sources a")!;
        Assert.Equal("https://japannews.yomiuri.co.jp/politics/defense-security/20251207-296966/", link.GetAttribute("href"));
        Assert.Equal("出處0", link.TextContent);
    }

    [Fact]
    public void A_term_citing_only_a_home_page_is_warned_at_its_url()
    {
        using var site = Site("", Sources("https://www.mod.go.jp"));
        var d = site.BuildOk().Single("SOURCE_SHALLOW");
        Assert.Equal(new SourceLocation("input/tags/incidents/radar.md", 7, 10), d.Location);
    }
}
