using Archive.BrowserTests.Support;

namespace Archive.BrowserTests;

/// <summary>The output served under /archive/: every internal link resolves, nothing is loaded from another host.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class LinkCrawlTests(ServedSite site, ITestOutputHelper output)
{
    static Task<Crawl>? s_crawl;
    Task<Crawl> CrawlOnce() => s_crawl ??= SiteCrawler.CrawlAsync(site.Http, site.Root);

    [Fact]
    public async Task The_crawl_reaches_every_page_written()
    {
        var crawl = await CrawlOnce();
        output.WriteLine($"{crawl.Visited.Count} URLs visited from {site.Root}, {crawl.FragmentsChecked} fragments checked");
        var unreached = site.HtmlPages().Where(p => p != "404.html").Select(site.Url).Except(crawl.Visited).ToList();
        Assert.True(unreached.Count == 0, "pages no link leads to:\n" + string.Join("\n", unreached));
    }

    /// <summary>The pages about two terms (<c>/countries/japan/incidents/x/</c>) are made only where a pair shares something; each must be linked.</summary>
    [Fact]
    public async Task The_crawl_reaches_every_intersection_page()
    {
        var crawl = await CrawlOnce();
        var taxonomies = site.HtmlPages().Where(p => p.Count(c => c == '/') == 1 && p.EndsWith('/')).Select(p => p.TrimEnd('/')).ToHashSet();
        var intersections = site.HtmlPages()
            .Where(p => p.TrimEnd('/').Split('/') is [var a, _, var b, _] && taxonomies.Contains(a) && taxonomies.Contains(b))
            .ToList();
        output.WriteLine($"{intersections.Count} intersection pages");
        Assert.NotEmpty(intersections);
        var unreached = intersections.Select(site.Url).Except(crawl.Visited).ToList();
        Assert.True(unreached.Count == 0, "intersection pages no link leads to:\n" + string.Join("\n", unreached));
    }

    [Fact]
    public async Task Every_internal_href_and_src_answers_200()
    {
        var crawl = await CrawlOnce();
        Assert.True(crawl.Broken.Count == 0, "broken references:\n" + string.Join("\n", crawl.Broken));
    }

    [Fact]
    public async Task Every_internal_link_stays_under_the_sub_path()
    {
        var crawl = await CrawlOnce();
        Assert.True(crawl.OutsideSubPath.Count == 0, "links that ignore the base URL:\n" + string.Join("\n", crawl.OutsideSubPath));
    }

    [Fact]
    public async Task Every_fragment_names_an_id_on_its_target_page()
    {
        var crawl = await CrawlOnce();
        Assert.True(crawl.MissingFragments.Count == 0, "fragments without a target:\n" + string.Join("\n", crawl.MissingFragments));
    }

    [Fact]
    public async Task No_script_stylesheet_image_or_font_comes_from_another_host()
    {
        var crawl = await CrawlOnce();
        Assert.True(crawl.ExternalResources.Count == 0, "requests that leave the site:\n" + string.Join("\n", crawl.ExternalResources));
    }

    [Fact]
    public async Task A_missing_page_answers_404_with_the_sites_own_page()
    {
        using var response = await site.Http.GetAsync(site.Url("no/such/page/"));
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("找不到", await response.Content.ReadAsStringAsync());
    }
}
