using System.Text;
using Archive.Tests.Support;

namespace Archive.Tests.Languages;

/// <summary>A file name in any script is a slug: normalised, checked for characters a path segment cannot hold, unique.</summary>
public sealed class SlugTests
{
    const string SiteYml = """
        title: 唐诗
        base_url: https://example.org/
        language: zh-Hans
        taxonomies:
          - key: people
            name: 人物
            type: Person
        """;

    static TestSite Site()
    {
        var site = new TestSite(SiteYml);
        site.Write("tags/people/李白.md", "---\nname: 李白\nname_en: Li Bai\n---\n唐代诗人。\n");
        return site;
    }

    [Fact]
    public void A_chinese_file_name_is_the_slug_of_its_page_and_tags_and_cross_links_find_it()
    {
        using var site = Site();
        site.Write("articles/唐诗 选读.md", "---\ntitle: 唐诗选读\ndate: 2025-03-02\npeople: [李白]\n---\n\n见[李白](xref:people/李白)。\n");
        site.BuildOk();
        var article = site.Page("/articles/唐诗-选读/");
        Assert.Equal("/people/李白/", article.QuerySelector(".article-body a")!.GetAttribute("href") is { } href ? Uri.UnescapeDataString(href) : null);
        Assert.Equal("/people/李白/", article.QuerySelector(".article-footer .chip")!.GetAttribute("href"));
        Assert.Equal("https://example.org/articles/%E5%94%90%E8%AF%97-%E9%80%89%E8%AF%BB/", article.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("<loc>https://example.org/people/%E6%9D%8E%E7%99%BD/</loc>", File.ReadAllText(Path.Combine(site.OutputDirectory, "sitemap.xml")));
        Assert.Equal("唐诗选读", site.Page("/people/李白/").QuerySelector(".article-item-title a")!.TextContent);
    }

    [Fact]
    public void A_character_no_url_segment_may_hold_is_named_in_the_error()
    {
        using var site = Site();
        site.Write("articles/唐诗_选读.md", "---\ntitle: 唐诗选读\ndate: 2025-03-02\n---\n\n内文。\n");
        var problem = site.Build().Single("SLUG_INVALID");
        Assert.Contains("`_`", problem.Message);
    }

    [Fact]
    public void Two_files_whose_names_normalise_to_one_slug_are_an_error_naming_both()
    {
        using var site = Site();
        site.Write("tags/people/Li Bai.md", "---\nname: 李白\n---\n甲。\n");
        site.Write("tags/people/li-bai.md", "---\nname: 李白\n---\n乙。\n");
        var problem = site.Build().Single("SLUG_DUPLICATE");
        Assert.Equal("input/tags/people/li-bai.md", problem.Location.File);
        Assert.Contains("input/tags/people/Li Bai.md", problem.Message);
    }

    [Fact]
    public void A_decomposed_file_name_is_the_same_slug_as_its_composed_form()
    {
        using var site = new TestSite(SiteYml);
        site.Write("tags/people/" + "café".Normalize(NormalizationForm.FormD) + ".md", "---\nname: Café\n---\n甲。\n");
        site.Write("articles/a.md", "---\ntitle: A\ndate: 2025-03-02\npeople: [café]\n---\n\n内文。\n");
        site.BuildOk();
        Assert.True(site.Exists("/people/" + "café".Normalize(NormalizationForm.FormC) + "/index.html"));
    }
}
