using System.Buffers.Binary;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>
/// What strict consumers of the real site read besides the HTML itself: shared-link cards, schema.org JSON-LD, the
/// Atom feed's authors, and attribute values that scrapers match as plain strings. (The standards' own validators run
/// in Archive.BrowserTests/Standards.)
/// </summary>
public sealed class StrictConsumerTests(RealInputFixture fixture) : IClassFixture<RealInputFixture>
{
    IEnumerable<(string Path, IDocument Page, string Html)> Pages() =>
        Directory.EnumerateFiles(fixture.Site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}"))
            .Select(p => "/" + Path.GetRelativePath(fixture.Site.OutputDirectory, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Select(p => (p, fixture.Site.Page(p), File.ReadAllText(Path.Combine(fixture.Site.OutputDirectory, p.TrimStart('/')))));

    static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"head > meta[property='{property}']")?.GetAttribute("content");

    [Fact]
    public void Every_page_shows_a_card_whose_size_and_text_are_the_image_files()
    {
        var count = 0;
        foreach (var (path, page, _) in Pages())
        {
            var url = Meta(page, "og:image");
            Assert.True(url is not null, $"{path}: no og:image");
            Assert.StartsWith("https://example.org/", url);
            var file = Path.Combine(fixture.Site.OutputDirectory, new Uri(url!).AbsolutePath.TrimStart('/'));
            Assert.True(File.Exists(file), $"{path}: og:image {url} is not in the output");
            var png = File.ReadAllBytes(file);
            Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(png, 1, 3));
            Assert.Equal(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).ToString(), Meta(page, "og:image:width"));
            Assert.Equal(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).ToString(), Meta(page, "og:image:height"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:image:alt")), $"{path}: og:image:alt is empty");
            Assert.Equal("summary_large_image", page.QuerySelector("head > meta[name='twitter:card']")?.GetAttribute("content"));
            count++;
        }
        Assert.True(count > 50, $"only {count} pages");
    }

    [Fact]
    public void Media_types_in_attributes_are_written_with_a_plain_plus()
    {
        foreach (var (path, _, html) in Pages())
        {
            Assert.DoesNotContain("&#x2B;", html);
            Assert.Contains("type=\"application/atom+xml\"", html);
            if (path.Contains("/articles/2025")) Assert.Contains("<script type=\"application/ld+json\">", html);
        }
    }

    static JsonElement JsonLdOf(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public void Events_have_an_end_date_only_when_their_term_has_an_end()
    {
        var catalog = fixture.Report.Catalog!;
        var article = JsonLdOf(fixture.Site.Page("/articles/2025-12-14-korea-balance/"));
        var events = article.GetProperty("mentions").EnumerateArray().Where(m => m.GetProperty("@type").GetString() == "Event").ToList();
        Assert.True(events.Count > 10);
        foreach (var e in events)
        {
            var slug = new Uri(e.GetProperty("url").GetString()!).Segments[^1].TrimEnd('/');
            var term = catalog.Terms.Values.Single(t => t.Key.Slug == slug);
            Assert.Equal(term.End?.ToString("yyyy-MM-dd"), e.TryGetProperty("endDate", out var end) ? end.GetString() : null);
        }
        // The war that began on 2022-02-24 did not end that day.
        Assert.DoesNotContain(events, e => e.GetProperty("name").GetString() == "俄烏戰爭" && e.TryGetProperty("endDate", out _));
    }

    [Fact]
    public void The_article_is_published_by_the_archive_and_credits_its_source()
    {
        var article = JsonLdOf(fixture.Site.Page("/articles/2025-12-14-korea-balance/"));
        var publisher = article.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal(fixture.Report.Catalog!.Site.Title, publisher.GetProperty("name").GetString());
        Assert.Equal("https://example.org/", publisher.GetProperty("url").GetString());
        Assert.Equal(fixture.Report.Catalog.Articles.Single().Source!.Outlet, article.GetProperty("creditText").GetString());
    }

    [Fact]
    public void Each_page_of_a_term_list_is_a_collection_page_at_its_own_url()
    {
        var paged = Pages().Where(p => p.Path.Contains("/page/")).ToList();
        Assert.NotEmpty(paged);
        foreach (var (path, page, _) in paged)
            Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), JsonLdOf(page).GetProperty("url").GetString());
    }

    [Fact]
    public void The_feed_and_every_entry_name_an_author()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(fixture.Site.OutputDirectory, "feed.xml")).Root!;
        Assert.Equal(fixture.Report.Catalog!.Site.Title, feed.Element(atom + "author")?.Element(atom + "name")?.Value);
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Element(atom + "author")?.Element(atom + "name")?.Value)));
    }

    [Fact]
    public void An_entrys_author_is_the_articles_byline_or_the_notes_author()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: 甲\ndate: 2025-12-14\nbyline: 王小明\n---\n\n雷達照射。\n");
        site.Write("annotations/a/n1.md", "---\nquote: 雷達\nauthor: 編輯甲\ndate: 2025-12-15\n---\n註。\n");
        site.Write("annotations/a/n2.md", "---\nquote: 照射\ndate: 2025-12-16\n---\n註。\n");
        site.BuildOk();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var authors = XDocument.Load(Path.Combine(site.OutputDirectory, "feed.xml")).Root!.Elements(atom + "entry")
            .ToDictionary(e => e.Element(atom + "id")!.Value, e => e.Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.Equal("王小明", authors["https://example.org/articles/a/"]);
        Assert.Equal("編輯甲", authors["https://example.org/annotations/n1/"]);
        Assert.Equal("測試檔案", authors["https://example.org/annotations/n2/"]);
    }

    [Fact]
    public void Hosts_that_read_headers_get_the_pages_policy_and_frame_ancestors()
    {
        var lines = File.ReadAllLines(Path.Combine(fixture.Site.OutputDirectory, "_headers"));
        var all = Array.IndexOf(lines, "/*");
        Assert.True(all >= 0, "_headers has no /* rule");
        var csp = lines.Skip(all + 1).TakeWhile(l => l.StartsWith("  ")).Select(l => l.Trim())
            .Single(l => l.StartsWith("Content-Security-Policy: ", StringComparison.Ordinal))["Content-Security-Policy: ".Length..];
        foreach (var (path, page, _) in Pages())
        {
            var meta = page.QuerySelector("head > meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.True(meta is not null, $"{path}: no CSP meta tag");
            Assert.Equal(meta + "; frame-ancestors 'none'", csp);
        }
    }
}
