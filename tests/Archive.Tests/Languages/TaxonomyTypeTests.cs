using System.Text.Json;
using Archive.Tests.Support;

namespace Archive.Tests.Languages;

/// <summary>What a taxonomy is comes from site.yml (type:, article_chips:), never from its key or its position.</summary>
public sealed class TaxonomyTypeTests
{
    const string SiteYml = """
        title: Harbour
        base_url: https://example.org/
        language: en
        taxonomies:
          - key: topics
            name: Topics
          - key: events
            name: Events
            type: Event
            dated: true
          - key: bodies
            name: Bodies
            type: Organization
        article_chips: [bodies, events]
        """;

    static TestSite Site()
    {
        var site = new TestSite(SiteYml);
        site.Write("tags/topics/fishing.md", "---\nname: Fishing\n---\nBoats.\n");
        site.Write("tags/events/storm.md", "---\nname: Storm\ndate: 2025-11-18\n---\nWind.\n");
        site.Write("tags/bodies/board.md", "---\nname: Harbour board\n---\nRuns the harbour.\n");
        site.Write("articles/a.md", "---\ntitle: Reopened\ndate: 2025-12-14\ntopics: [fishing]\nevents: [storm]\nbodies: [board]\n---\n\nThe harbour reopened.\n");
        return site;
    }

    [Fact]
    public void An_article_shows_the_chip_groups_site_yml_names_in_its_order_each_labelled_with_its_taxonomy()
    {
        using var site = Site();
        site.BuildOk();
        var article = site.Page("/articles/a/");
        Assert.Equal(["Bodies", "Events"], article.QuerySelectorAll(".article-footer ul.chips").Select(u => u.GetAttribute("aria-label")));
        Assert.Equal("Bodies", article.QuerySelector(".article-header ul.chips")!.GetAttribute("aria-label"));
        Assert.Equal(["Harbour board"], site.Page("/").QuerySelectorAll(".article-item .chip").Select(c => c.TextContent));
    }

    [Fact]
    public void JSON_LD_gives_each_term_its_taxonomys_type_and_the_first_chip_group_is_what_the_article_is_about()
    {
        using var site = Site();
        site.BuildOk();
        using var json = JsonDocument.Parse(site.Page("/articles/a/").QuerySelector("script[type='application/ld+json']")!.TextContent);
        var about = json.RootElement.GetProperty("about").EnumerateArray().Select(t => (t.GetProperty("name").GetString(), t.GetProperty("@type").GetString())).ToList();
        var mentions = json.RootElement.GetProperty("mentions").EnumerateArray().Select(t => (t.GetProperty("name").GetString(), t.GetProperty("@type").GetString())).ToList();
        Assert.Equal([("Harbour board", "Organization")], about);
        Assert.Equal([("Fishing", "DefinedTerm"), ("Storm", "Event")], mentions.OrderBy(m => m.Item1));
    }

    [Fact]
    public void An_unknown_type_or_an_undeclared_chip_taxonomy_is_an_error_with_the_nearest_name()
    {
        using var site = new TestSite(SiteYml.Replace("type: Organization", "type: Organisation").Replace("[bodies, events]", "[bodys, events]"));
        var problems = site.Build().Diagnostics.Where(d => d.Code == "SITE_INVALID").ToList();
        Assert.Contains(problems, p => p.Message.Contains("`type: Organisation`") && p.Fix.Contains("`Organization`"));
        Assert.Contains(problems, p => p.Message.Contains("`bodys`") && p.Fix.Contains("`bodies`"));
    }
}
