using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>The first article, built from the real input/: every sentence of the source is on the page, in order.</summary>
public sealed class FirstArticleTests(RealInputFixture fixture) : IClassFixture<RealInputFixture>
{
    const string Slug = "2025-12-14-korea-balance";
    const string ArticlePath = $"/articles/{Slug}/";
    static readonly string[] MovedToFrontMatter = ["date 2025-12-14", "趙文志"];

    static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>The article's readable text: without the notes beside it and the note numbers inside it.</summary>
    static string BodyText(IDocument page)
    {
        var body = (IElement)page.QuerySelector(".article-body")!.Clone();
        foreach (var aside in body.QuerySelectorAll(".notes, .note-ref").ToList()) aside.Remove();
        return Normalise(body.TextContent);
    }

    static IEnumerable<string> SourceLines()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Input, "sources", "2025-12-14-article.txt"));
        var first = true;
        foreach (var raw in source.Split('\n'))
        {
            var line = raw;
            foreach (var moved in MovedToFrontMatter)
                if (first && line.Contains(moved)) line = line.Replace(moved, "");
                else if (line.Trim() == moved) line = "";
            first = first && line.Trim().Length == 0;
            if (Normalise(line).Length > 0) yield return Normalise(line);
        }
    }

    [Fact]
    public void The_build_succeeds_without_errors() =>
        Assert.True(fixture.Report.Succeeded, string.Join("\n", fixture.Report.Diagnostics));

    /// <summary>SHA-256 of the article as the product side handed it over (shared/source/2025-12-14-article.txt).</summary>
    const string OriginalSha256 = "6b7054314289b92b31a2e443a20ee9cc05d79043bebbe7c3f5fc9d696fd14e3f";

    [Fact]
    public void The_original_is_kept_byte_for_byte()
    {
        var kept = File.ReadAllBytes(Path.Combine(Repository.Input, "sources", "2025-12-14-article.txt"));
        Assert.Equal(OriginalSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(kept)));
        // Where the hand-over folder sits beside the repository, compare with it directly too.
        var shared = Path.Combine(Repository.Root, "..", "shared", "source", "2025-12-14-article.txt");
        if (File.Exists(shared)) Assert.Equal(File.ReadAllBytes(shared), kept);
    }

    [Fact]
    public void Every_line_of_the_source_is_on_the_article_page_in_order()
    {
        var text = BodyText(fixture.Site.Page(ArticlePath));
        var at = 0;
        var lines = SourceLines().ToList();
        Assert.True(lines.Count > 30, "the source should have more than 30 non-empty lines");
        foreach (var line in lines)
        {
            var found = text.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not found (in order) on the page: {line}");
            at = found + line.Length;
        }
    }

    [Fact]
    public void The_four_subheads_are_headings_in_order()
    {
        var headings = fixture.Site.Page(ArticlePath).QuerySelectorAll(".article-body h2:not(.note-label)").Select(h => Normalise(h.TextContent)).ToList();
        Assert.Equal(["入境卡選項 韓以靜制動", "緩和半島緊張 需要美中", "駐韓美軍 分擔對陸責任", "中俄戰略巡航 劍指日本"], headings);
    }

    [Fact]
    public void Photo_captions_are_figcaptions_not_paragraphs()
    {
        var page = fixture.Site.Page(ArticlePath);
        var captions = page.QuerySelectorAll(".article-body figure > figcaption").Select(c => Normalise(c.TextContent)).ToList();
        Assert.Equal(3, captions.Count);
        Assert.All(captions, c => Assert.Matches("（(路透|圖取自[^）]+)）$", c));
        var paragraphs = page.QuerySelectorAll(".article-body p").Select(p => Normalise(p.TextContent));
        Assert.DoesNotContain(paragraphs, p => p.EndsWith("（路透）") || p.StartsWith("（圖取自"));
    }

    [Fact]
    public void Pages_declare_Traditional_Chinese()
    {
        Assert.Equal("zh-Hant", fixture.Site.Page(ArticlePath).DocumentElement.GetAttribute("lang"));
        Assert.Equal("zh-Hant", fixture.Site.Page("/").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Chinese_is_written_as_characters_not_entities()
    {
        var html = File.ReadAllText(Path.Combine(fixture.Site.OutputDirectory, "articles", Slug, "index.html"));
        Assert.Contains("東北亞局勢近期趨於緊張", html);
        Assert.DoesNotMatch("&#x[4-9][0-9A-F]{3};", html);
    }

    [Fact]
    public void The_home_page_links_to_the_article()
    {
        var home = fixture.Site.Page("/");
        var link = home.QuerySelectorAll(".article-list a").FirstOrDefault(a => a.GetAttribute("href") == ArticlePath);
        Assert.NotNull(link);
        Assert.Contains("韓國最大的安全威脅來自朝鮮", link!.TextContent);
    }

    [Fact]
    public void Theme_assets_are_copied_and_linked()
    {
        var page = fixture.Site.Page(ArticlePath);
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var js = page.QuerySelector("script[src]")!.GetAttribute("src")!;
        Assert.True(fixture.Site.Exists(css), css);
        Assert.True(fixture.Site.Exists(js), js);
    }
}
