using System.Xml.Linq;
using Archive.Tests.Support;

namespace Archive.Tests.Taxonomies;

/// <summary>
/// Pages about two terms on <see cref="TermPageTests.NewSite"/>: three Japan articles (a1 also China) on the radar
/// incident, a3 also on patrol and remarks; radar names China and Japan, patrol China, remarks Japan; note n1 on a1
/// is tagged Japan, China and radar.
/// </summary>
public sealed class IntersectionTests
{
    static string[] Hrefs(AngleSharp.Dom.IParentNode page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!)];

    static string[] IntersectionFiles(TestSite site) =>
    [
        .. Directory.GetFiles(site.OutputDirectory, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.OutputDirectory, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries) is [_, _, var other, _] && other != "page")
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void A_pair_lists_what_both_terms_tag_counting_an_incidents_countries_and_a_notes_own_tags()
    {
        using var site = TermPageTests.NewSite();
        site.BuildOk();
        // a2 and a3 are not tagged China, but radar names China among its countries.
        var page = site.Page("/countries/china/incidents/radar/");
        Assert.Equal(["/articles/a3/", "/articles/a2/", "/articles/a1/"], Hrefs(page, ".article-list .article-item-title a"));
        Assert.Equal(["/articles/a1/#passage-n1"], Hrefs(page, ".note-list .note-item-quote a"));
        Assert.Contains("日本與中國大陸", page.QuerySelector(".note-item-quote")!.TextContent);
        Assert.Equal(["/articles/a3/"], Hrefs(site.Page("/countries/japan/incidents/patrol/"), ".article-list .article-item-title a"));
        // One page per pair, the taxonomy declared first leading: six pairs share something, nothing else has a page.
        Assert.Equal(
            ["/countries/china/incidents/patrol/", "/countries/china/incidents/radar/", "/countries/china/incidents/remarks/",
             "/countries/japan/incidents/patrol/", "/countries/japan/incidents/radar/", "/countries/japan/incidents/remarks/"],
            IntersectionFiles(site));
        Assert.False(site.Exists("/incidents/radar/countries/china/index.html"));
    }

    [Fact]
    public void Every_intersection_page_is_linked_from_both_terms_pages_and_their_lists_across()
    {
        using var site = TermPageTests.NewSite();
        site.BuildOk();
        foreach (var path in IntersectionFiles(site))
        {
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            foreach (var (term, across) in new[] { ($"/{parts[0]}/{parts[1]}/", parts[2]), ($"/{parts[2]}/{parts[3]}/", parts[0]) })
            {
                Assert.Contains(path, Hrefs(site.Page(term), ".cross a"));
                Assert.Contains($"{term}{across}/", Hrefs(site.Page(term), ".cross-more a"));
                Assert.Contains(path, Hrefs(site.Page($"{term}{across}/"), "main a"));
            }
        }
    }

    [Fact]
    public void A_terms_list_across_a_dated_taxonomy_is_a_timeline_with_counts_and_a_drawing()
    {
        using var site = TermPageTests.NewSite();
        site.BuildOk();
        var page = site.Page("/countries/japan/incidents/");
        var items = page.QuerySelectorAll(".timeline-item").ToList();
        Assert.Equal(["2025-11-07", "2025-12-06", "2025-12-09"], items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")!));
        foreach (var item in items)
        {
            // The counts are those of the page the item links to.
            var target = site.Page(item.QuerySelector(".timeline-name a")!.GetAttribute("href")!);
            Assert.Contains($"{target.QuerySelectorAll(".article-list > li").Length} 篇文章", item.TextContent);
            Assert.Contains($"{target.QuerySelectorAll(".note-list > li").Length} 則註解", item.TextContent);
        }
        var drawing = page.QuerySelector("figure.timeline-chart svg")!;
        Assert.Equal(Hrefs(page, ".timeline-name a"), Hrefs(drawing, "a"));
        Assert.All(drawing.QuerySelectorAll("a"), a => Assert.Equal("-1", a.GetAttribute("tabindex")));
        Assert.Equal(3, site.Page("/incidents/").QuerySelectorAll("figure.timeline-chart svg a").Length);
    }

    [Fact]
    public void A_matrix_cell_shows_how_much_its_page_lists_and_links_there()
    {
        using var site = TermPageTests.NewSite();
        site.BuildOk();
        var cells = site.Page("/countries/incidents/").QuerySelectorAll("td.matrix-cell a").ToList();
        Assert.Equal(6, cells.Count);
        foreach (var cell in cells)
        {
            var target = site.Page(cell.GetAttribute("href")!);
            Assert.Equal(target.QuerySelectorAll(".article-list > li, .note-list > li").Length.ToString(), cell.TextContent);
        }
    }

    [Fact]
    public void Matrices_are_the_pairs_site_yml_names_and_a_bad_pair_is_reported()
    {
        using var site = TermPageTests.NewSite();
        site.Write("site.yml", TestSite.DefaultSiteYml + "\nmatrices:\n  - [incidents, countries]\n");
        site.BuildOk();
        Assert.True(site.Exists("/incidents/countries/index.html"));
        Assert.False(site.Exists("/countries/incidents/index.html"));

        site.Write("site.yml", TestSite.DefaultSiteYml + "\nmatrices:\n  - [incidents, people]\n");
        var problem = site.Check().Single("SITE_INVALID");
        Assert.Contains("people", problem.Message);
        Assert.Equal(TestSite.DefaultSiteYml.Split('\n').Length + 2, problem.Location.Line); // the pair's own line
    }

    [Fact]
    public void A_term_slugged_like_a_matrix_is_reported()
    {
        using var site = TermPageTests.NewSite();
        site.WriteTerm("countries", "incidents", "事件國", "Incidentia");
        var problem = site.Check().Single("SLUG_RESERVED");
        Assert.EndsWith("countries/incidents.md", problem.Location.File);
    }

    [Fact]
    public void Each_term_has_an_atom_feed_of_its_newest_items_announced_on_its_page_and_absent_from_the_sitemap()
    {
        using var site = TermPageTests.NewSite();
        site.BuildOk();
        var page = site.Page("/countries/china/");
        var feedHref = page.QuerySelector("head link[rel=alternate][href='/countries/china/feed.xml']")!.GetAttribute("href")!;
        Assert.Equal(feedHref, page.QuerySelector("a.feed-link")!.GetAttribute("href"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(site.OutputDirectory, feedHref.TrimStart('/')));
        var links = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "link")!.Attribute("href")!.Value).ToList();
        // China tags a1 and the note n1 on it; both are dated 2025-12-11, so the ids' order decides.
        Assert.Equal(["https://example.org/annotations/n1/", "https://example.org/articles/a1/"], links);
        Assert.Equal("https://example.org/countries/china/feed.xml",
            feed.Root.Elements(atom + "link").Single(l => l.Attribute("rel")?.Value == "self").Attribute("href")!.Value);
        Assert.DoesNotContain("feed.xml", File.ReadAllText(Path.Combine(site.OutputDirectory, "sitemap.xml")));
    }

    [Fact]
    public void An_article_links_to_the_older_and_newer_article_in_each_of_its_terms()
    {
        using var site = TermPageTests.NewSite();
        site.BuildOk();
        var walks = site.Page("/articles/a2/").QuerySelectorAll(".term-walks li").ToList();
        var japan = walks.Single(w => w.QuerySelector(".term-walk-term")!.TextContent == "日本");
        Assert.Equal(["/countries/japan/", "/articles/a1/", "/articles/a3/"], Hrefs(japan, "a"));
        Assert.Contains("較舊", japan.QuerySelectorAll("a")[1].TextContent);
        // a1 is the oldest Japan article: only a newer one; China tags a1 alone, so no walk through China.
        var first = site.Page("/articles/a1/").QuerySelectorAll(".term-walks li").ToList();
        Assert.Equal(["/countries/japan/", "/articles/a2/"], Hrefs(first.Single(w => w.TextContent.StartsWith("日本")), "a"));
        Assert.DoesNotContain(first, w => w.TextContent.StartsWith("中國"));
    }
}
