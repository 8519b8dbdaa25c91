using Archive.Tests.Support;

namespace Archive.Tests.Taxonomies;

/// <summary>Term pages, indexes, cross-links and tag validation on small inline sites (page_size: 2).</summary>
public sealed class TermPageTests
{
    internal static TestSite NewSite()
    {
        var site = new TestSite();
        site.Write("tags/countries/japan.md", "---\nname: 日本\nname_en: Japan\naliases: [日方]\n---\n日本國。\n");
        site.Write("tags/countries/china.md", "---\nname: 中國\nname_en: China\naliases: [中國大陸, 北京]\n---\n見[雷達事件](xref:incidents/radar)。\n");
        site.Write("tags/incidents/radar.md", "---\nname: 雷達照射\nname_en: Radar lock-on\ndate: 2025-12-06\nend: 2025-12-07\ncountries: [china, japan]\n---\n照射。\n");
        site.Write("tags/incidents/patrol.md", "---\nname: 聯合巡航\nname_en: Joint patrol\ndate: 2025-12-09\ncountries: [china]\n---\n巡航。\n");
        site.Write("tags/incidents/remarks.md", "---\nname: 國會答詢\nname_en: Diet remarks\ndate: 2025-11-07\ncountries: [japan]\n---\n答詢。\n");
        for (var i = 1; i <= 3; i++)
            site.Write($"articles/a{i}.md", $"---\ntitle: 文章{i}\ndate: 2025-12-1{i}\ncountries: [japan{(i == 1 ? ", china" : "")}]\nincidents: [radar{(i == 3 ? ", patrol, remarks" : "")}]\n---\n\n日本與中國大陸第{i}段。\n");
        site.Write("annotations/a1/n1.md", "---\nquote: 日本與中國大陸\ncountries: [japan, china]\nincidents: [radar]\n---\n見[巡航](xref:incidents/patrol)。\n");
        return site;
    }

    [Fact]
    public void A_term_page_lists_exactly_the_items_tagged_with_it_and_counts_them()
    {
        using var site = NewSite();
        site.BuildOk();
        var china = site.Page("/countries/china/");
        Assert.Equal(["/articles/a1/"], china.QuerySelectorAll(".article-list .article-item-title a").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Equal(["/articles/a1/#passage-n1"], china.QuerySelectorAll(".note-list .note-item-quote a").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Equal("1 篇文章", china.QuerySelector(".count-articles")!.TextContent);
        Assert.Equal("1 則註解", china.QuerySelector(".count-notes")!.TextContent);
        Assert.Contains("China", china.QuerySelector("h1")!.TextContent);

        var index = site.Page("/countries/");
        var japanEntry = index.QuerySelectorAll(".term-grid li").Single(li => li.TextContent.Contains("日本"));
        Assert.Contains("3 篇文章", japanEntry.TextContent);
        Assert.Contains("1 則註解", japanEntry.TextContent);
    }

    [Fact]
    public void The_incident_index_is_a_timeline_in_date_order()
    {
        using var site = NewSite();
        site.BuildOk();
        var dates = site.Page("/incidents/").QuerySelectorAll(".timeline-item .timeline-date time:first-child").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(["2025-11-07", "2025-12-06", "2025-12-09"], dates);
    }

    [Fact]
    public void Pagination_splits_long_lists_and_its_links_resolve()
    {
        using var site = NewSite();
        site.BuildOk();
        var first = site.Page("/incidents/radar/");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/incidents/radar/page/2/", next);
        Assert.Equal(2, first.QuerySelectorAll(".article-list > li").Length);
        var second = site.Page(next);
        Assert.Single(second.QuerySelectorAll(".article-list > li"));
        Assert.Equal("/incidents/radar/", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        // The term itself (search index, related terms) belongs to its first page; later pages only continue the list.
        Assert.NotNull(first.QuerySelector("[data-pagefind-body]"));
        Assert.Null(second.QuerySelector("[data-pagefind-body]"));
        Assert.NotNull(first.QuerySelector("#term-related"));
        Assert.Null(second.QuerySelector("#term-related"));
    }

    [Fact]
    public void The_article_index_lists_every_article_newest_first_a_page_at_a_time()
    {
        using var site = NewSite();
        site.BuildOk();
        var first = site.Page("/articles/");
        Assert.Equal(["/articles/a3/", "/articles/a2/"], first.QuerySelectorAll(".article-item-title a").Select(a => a.GetAttribute("href")!).ToArray());
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal(["/articles/a1/"], site.Page(next).QuerySelectorAll(".article-item-title a").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Contains(site.Page("/").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/" && a.TextContent.Contains("3"));
    }

    [Fact]
    public void Related_terms_are_ranked_by_how_often_they_occur_together()
    {
        using var site = NewSite();
        site.BuildOk();
        var related = site.Page("/incidents/radar/").QuerySelectorAll("#term-related ~ .chips a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/countries/japan/", related[0]); // 3 articles + 1 note + the incident's own countries
        Assert.Contains("/countries/china/", related);
    }

    [Fact]
    public void Backlinks_list_every_page_that_cross_links_here()
    {
        using var site = NewSite();
        site.BuildOk();
        var backlinks = site.Page("/incidents/patrol/").QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/annotations/n1/"], backlinks);
        Assert.Equal(["/countries/china/"], site.Page("/incidents/radar/").QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")!).ToArray());
        // The cross-link itself is rewritten to the term's URL.
        Assert.Contains(site.Page("/annotations/n1/").QuerySelectorAll(".note-body a"), a => a.GetAttribute("href") == "/incidents/patrol/");
    }

    [Fact]
    public void Tag_chips_link_to_term_pages()
    {
        using var site = NewSite();
        site.BuildOk();
        var chips = site.Page("/articles/a3/").QuerySelectorAll(".article-footer a.chip").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "/countries/japan/", "/incidents/radar/", "/incidents/patrol/", "/incidents/remarks/" }, chips);
    }

    [Fact]
    public void An_unknown_term_is_an_error_naming_the_closest_term()
    {
        using var site = NewSite();
        site.Write("articles/a2.md", "---\ntitle: 文章2\ndate: 2025-12-12\ncountries: [japn]\n---\n\n內文。\n");
        var d = site.Build().Single("TERM_UNKNOWN");
        Assert.Equal(("input/articles/a2.md", 4), (d.Location.File, d.Location.Line));
        Assert.Contains("`japan`", d.Fix);
    }

    [Fact]
    public void An_unknown_xref_is_an_error_naming_the_closest_ids()
    {
        using var site = NewSite();
        site.Write("annotations/a1/n1.md", "---\nquote: 日本與中國大陸\ncountries: [japan, china]\nincidents: [radar]\n---\n見[巡航](xref:incidents/patrl)。\n");
        var d = site.Build().Single("XREF_NOT_FOUND");
        Assert.Equal(("input/annotations/a1/n1.md", 6), (d.Location.File, d.Location.Line));
        Assert.Contains("xref:incidents/patrol", d.Fix);
    }

    [Fact]
    public void An_untagged_alias_gives_a_suggestion()
    {
        using var site = NewSite();
        site.Write("articles/a2.md", "---\ntitle: 文章2\ndate: 2025-12-12\ncountries: [japan]\nincidents: [radar]\n---\n\n日本與北京第2段。\n");
        var report = site.BuildOk();
        var suggestion = report.Diagnostics.Single(d => d.Code == "TAG_SUGGESTED" && d.Location.File == "input/articles/a2.md");
        Assert.Equal(8, suggestion.Location.Line);
        Assert.Contains("`北京`", suggestion.Message);
        Assert.Contains("countries: china", suggestion.Message);
    }

    [Fact]
    public void An_unused_term_is_a_warning()
    {
        using var site = NewSite();
        site.Write("tags/countries/korea.md", "---\nname: 韓國\nname_en: Korea\n---\n");
        var d = site.BuildOk().Single("TERM_UNUSED");
        Assert.Equal("input/tags/countries/korea.md", d.Location.File);
    }

    [Fact]
    public void A_new_taxonomy_is_a_config_change_plus_term_files()
    {
        using var site = NewSite();
        site.Write("site.yml", TestSite.DefaultSiteYml + "\n  - key: people\n    name: 人物\n    name_en: People\n");
        site.Write("tags/people/takaichi.md", "---\nname: 高市早苗\nname_en: Takaichi Sanae\n---\n首相。\n");
        site.Write("articles/a2.md", "---\ntitle: 文章2\ndate: 2025-12-12\ncountries: [japan]\npeople: [takaichi]\n---\n\n內文。\n");
        site.BuildOk();
        Assert.Contains(site.Page("/people/takaichi/").QuerySelectorAll(".article-list a"), a => a.GetAttribute("href") == "/articles/a2/");
        Assert.Contains(site.Page("/").QuerySelectorAll(".site-nav a"), a => a.GetAttribute("href") == "/people/");
    }
}
