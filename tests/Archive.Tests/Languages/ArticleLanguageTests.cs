using System.Text.Json;
using Archive.Tests.Support;

namespace Archive.Tests.Languages;

/// <summary>An article or a note may be in another language than the site's: its lang attribute and JSON-LD say so.</summary>
public sealed class ArticleLanguageTests
{
    static TestSite Site()
    {
        var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        site.Write("articles/a.md", "---\ntitle: A letter\ndate: 2025-12-14\nlanguage: de\ncountries: [japan]\n---\n\nDie Fischer bitten den Rat um Hilfe.\n");
        site.Write("annotations/a/n1.md", "---\nquote: Fischer\n---\n漁民。\n");
        site.Write("annotations/a/n2.md", "---\nquote: Rat\nlanguage: fr\n---\nLe conseil.\n");
        return site;
    }

    static string InLanguage(AngleSharp.Dom.IDocument page)
    {
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        return json.RootElement.GetProperty("inLanguage").GetString()!;
    }

    [Fact]
    public void The_article_its_notes_and_the_interface_around_them_each_carry_their_own_language()
    {
        using var site = Site();
        site.BuildOk();
        var page = site.Page("/articles/a/");
        Assert.Equal("zh-Hant", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("de", page.QuerySelector("article")!.GetAttribute("lang"));
        Assert.Equal("de", InLanguage(page));
        // Inside the German article, the site's own words and a note in the site's language say they are Chinese.
        Assert.Equal("zh-Hant", page.QuerySelector(".note-count")!.GetAttribute("lang"));
        Assert.Equal("zh-Hant", page.QuerySelector("#note-n1")!.GetAttribute("lang"));
        Assert.Equal("fr", page.QuerySelector("#note-n2")!.GetAttribute("lang"));
        Assert.Equal("fr", InLanguage(site.Page("/annotations/n2/")));
        Assert.Equal("zh-Hant", InLanguage(site.Page("/annotations/n1/")));
    }

    [Fact]
    public void A_language_that_is_not_a_language_tag_is_an_error()
    {
        using var site = Site();
        site.Write("annotations/a/n2.md", "---\nquote: Rat\nlanguage: French please\n---\nLe conseil.\n");
        var problem = site.Build().Single("FIELD_INVALID");
        Assert.Equal(("input/annotations/a/n2.md", 3), (problem.Location.File, problem.Location.Line));
        Assert.Contains("language tag", problem.Message);
    }
}
