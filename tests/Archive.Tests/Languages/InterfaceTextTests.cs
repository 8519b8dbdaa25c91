using Archive.Tests.Support;

namespace Archive.Tests.Languages;

/// <summary>
/// The chrome's words come from theme/i18n/&lt;language&gt;.yml, overridden by input/i18n/&lt;language&gt;.yml; a missing
/// one is an error naming the key and the file, never a fallback into another language.
/// </summary>
public sealed class InterfaceTextTests
{
    static string SiteYml(string language) => TestSite.DefaultSiteYml.Replace("language: zh-Hant", $"language: {language}");

    static TestSite WithOneArticle(string language, int notes)
    {
        var site = new TestSite(SiteYml(language));
        site.WriteTerm("countries", "japan", "Japan", "Japan");
        site.Write("articles/a.md", "---\ntitle: A\ndate: 2025-12-14\ncountries: [japan]\n---\n\nOne two three four five six.\n");
        foreach (var (quote, i) in new[] { "One", "three", "five" }.Take(notes).Select((q, i) => (q, i)))
            site.Write($"annotations/a/n{i}.md", $"---\nquote: {quote}\n---\nNote {i}.\n");
        return site;
    }

    /// <summary>A copy of the theme whose strings file for <paramref name="language"/> is <paramref name="edit"/>ed.</summary>
    static string ThemeWith(TempFolder folder, string language, Func<string, string> edit)
    {
        var theme = folder["theme"];
        foreach (var part in new[] { "css", "js", "images", "i18n" })
            TempFolder.CopyDirectory(Path.Combine(Repository.Theme, part), Path.Combine(theme, part));
        var file = Path.Combine(theme, "i18n", language + ".yml");
        File.WriteAllText(file, edit(File.ReadAllText(file)));
        return theme;
    }

    [Fact]
    public void English_counts_use_the_singular_for_one_and_the_plural_otherwise_and_dates_name_the_month()
    {
        using var one = WithOneArticle("en", 1);
        one.BuildOk();
        using var two = WithOneArticle("en", 2);
        two.BuildOk();
        Assert.Equal("14 December 2025 · 1 note", one.Page("/").QuerySelector(".article-item .meta")!.TextContent.Trim());
        Assert.Equal("14 December 2025 · 2 notes", two.Page("/").QuerySelector(".article-item .meta")!.TextContent.Trim());
        Assert.Equal("1 article, newest first.", one.Page("/articles/").QuerySelector("main .meta")!.TextContent);
        Assert.Equal("en", one.Page("/").DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", one.Page("/").QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
    }

    [Fact]
    public void Simplified_Chinese_pages_use_the_simplified_strings_and_locale()
    {
        using var site = WithOneArticle("zh-Hans", 1);
        site.BuildOk();
        var home = site.Page("/");
        // The taxonomies' names are the site's own (site.yml), written here in Traditional characters.
        Assert.Equal(["首页", "文章", "國家與地區", "事件", "搜索"], home.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal("zh_CN", home.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("2025年12月14日 · 1 条注释", home.QuerySelector(".article-item .meta")!.TextContent.Trim());
    }

    [Fact]
    public void A_sites_own_strings_file_overrides_the_themes()
    {
        using var site = WithOneArticle("zh-Hant", 1);
        site.Write("i18n/zh-Hant.yml", "nav.home: 回到首頁\ncount.notes: \"{count} 條註\"\n");
        site.BuildOk();
        var home = site.Page("/");
        Assert.Equal("回到首頁", home.QuerySelector(".site-nav a")!.TextContent);
        Assert.EndsWith("1 條註", home.QuerySelector(".article-item .meta")!.TextContent.Trim());
    }

    [Fact]
    public void A_mistyped_key_in_the_sites_strings_file_is_an_error_with_the_nearest_key()
    {
        using var site = WithOneArticle("zh-Hant", 0);
        site.Write("i18n/zh-Hant.yml", "nav.hmoe: 回到首頁\n");
        var problem = site.Build().Single("KEY_UNKNOWN");
        Assert.Equal("input/i18n/zh-Hant.yml", problem.Location.File);
        Assert.Contains("`nav.home`", problem.Fix);
    }

    [Fact]
    public void A_key_missing_from_the_languages_file_is_an_error_naming_the_key_and_the_file()
    {
        using var folder = new TempFolder();
        var theme = ThemeWith(folder, "en", text => string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("pager.next:"))));
        using var site = WithOneArticle("en", 0);
        var report = ArchiveBuild.Run(new BuildOptions(site.InputDirectory, site.OutputDirectory, theme));
        var problem = report.Single("TEXT_MISSING");
        Assert.Contains("`pager.next`", problem.Message);
        Assert.Contains("theme/i18n/en.yml", problem.Fix);
        Assert.Contains("input/i18n/en.yml", problem.Fix);
        Assert.False(Directory.Exists(site.OutputDirectory) && Directory.EnumerateFiles(site.OutputDirectory).Any());
    }

    [Fact]
    public void A_language_the_theme_has_no_strings_for_is_an_error_at_site_yml_naming_the_file_to_add()
    {
        using var site = WithOneArticle("fr", 0);
        var problem = site.Build().Single("TEXT_MISSING");
        Assert.Equal("input/site.yml", problem.Location.File);
        Assert.Contains("theme/i18n/fr.yml", problem.Fix);
    }

    [Fact]
    public void A_counted_text_without_an_other_form_is_an_error()
    {
        using var site = WithOneArticle("en", 0);
        site.Write("i18n/en.yml", "count.notes: { one: \"{count} note\" }\n");
        var problem = site.Build().Single("TEXT_INVALID");
        Assert.Contains("`other:`", problem.Message);
    }

    [Fact]
    public void Every_strings_file_of_the_theme_has_every_key_and_no_other()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Theme, "i18n"), "*.yml"))
        {
            var keys = File.ReadLines(file).Where(l => l.Length > 0 && char.IsAsciiLetterLower(l[0])).Select(l => l[..l.IndexOf(':')]).ToList();
            Assert.Equal(Archive.Theme.Views.InterfaceKeys.All.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        }
    }
}
