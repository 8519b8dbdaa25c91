using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>The shared-link card comes from the theme; a theme without one builds, with a warning that says where to put it.</summary>
public sealed class SiteImageTests
{
    [Fact]
    public void A_theme_without_a_card_builds_with_a_warning_and_pages_name_no_image()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: 甲\ndate: 2025-12-14\n---\n\n第一段。\n");
        using var theme = new TempFolder();
        foreach (var folder in new[] { "css", "js", "i18n" }) TempFolder.CopyDirectory(Path.Combine(Repository.Theme, folder), theme[folder]);

        var report = ArchiveBuild.Run(new BuildOptions(site.InputDirectory, site.OutputDirectory, theme.Path, null));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var warning = report.Single("SITE_IMAGE_MISSING");
        Assert.EndsWith("images/site-card.png", warning.Location.File);
        var page = site.Page("/articles/a/");
        Assert.Null(page.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
    }

    [Fact]
    public void The_theme_s_card_is_copied_and_named_with_its_size()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: 甲\ndate: 2025-12-14\n---\n\n第一段。\n");
        var report = site.BuildOk();
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SITE_IMAGE_MISSING");
        Assert.True(site.Exists("/assets/site-card.png"));
        var page = site.Page("/articles/a/");
        Assert.Equal("https://example.org/assets/site-card.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("1200", page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.Equal("630", page.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content"));
        Assert.Equal("測試檔案", page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
    }
}
