using System.Collections.Immutable;
using Archive.Rendering;
using Archive.Theme.Components;
using Archive.Theme.Pages;
using Archive.Theme.Views;

namespace Archive.Tests.Sites;

/// <summary>
/// The header, footer and the head's shared links are rendered once per build and written into every page as markup.
/// A page must come out the same as when the layout renders those parts itself, and every page must carry them once.
/// </summary>
public sealed class SiteChromeTests(RealInputFixture fixture) : IClassFixture<RealInputFixture>
{
    static readonly SiteView Site = new("東北亞「註解」<檔案>", "zh-Hant", "/base/", "/base/search/", "/base/feed.xml",
        "/base/assets/site.css", "/base/assets/site.js", "/base/assets/favicon.svg",
        [new NavLink("首頁", "/base/"), new NavLink("國家 & 地區", "/base/countries/")])
    {
        Text = Archive.Parsing.ReadInterfaceText.Read(Support.Repository.Theme, Support.Repository.Input, "zh-Hant", Archive.Diagnostics.SourceLocation.StartOf("site.yml"), new())!,
    };

    [Fact]
    public void A_page_with_the_chrome_as_markup_is_the_page_that_renders_it_in_place()
    {
        using var razor = new RazorRenderer();
        using var renderer = razor.NewRenderer();
        string Render<TComponent>(Dictionary<string, object?> parameters) where TComponent : Microsoft.AspNetCore.Components.IComponent
        {
            var html = new StringWriter();
            RazorRenderer.Render<TComponent>(renderer, parameters, html);
            return html.ToString();
        }
        string Part<TPart>() where TPart : Microsoft.AspNetCore.Components.IComponent => Render<TPart>(new() { ["Site"] = Site });
        var withChrome = Site with { Chrome = new SiteChrome(Part<SiteHead>(), Part<SiteHeader>(), Part<SiteFooter>()) };
        var view = new SimplePageView(new PageMeta("頁", "說明", "https://example.org/base/x/", "website"), "標題", "<p>內文</p>");

        string Page(SiteView site) => Render<SimplePage>(new() { ["Site"] = site, ["View"] = view });
        var inPlace = Page(Site);
        var asMarkup = Page(withChrome);

        Assert.Equal(inPlace, asMarkup);
        Assert.Contains("<a class=\"site-title\" href=\"/base/\">東北亞「註解」&lt;檔案&gt;</a>", asMarkup);
        Assert.Contains("<a href=\"/base/countries/\">國家 &amp; 地區</a>", asMarkup);
        Assert.Contains("<meta property=\"og:site_name\" content=\"東北亞「註解」&lt;檔案&gt;\" />", asMarkup);
    }

    [Fact]
    public void Every_page_of_the_real_site_has_one_header_one_footer_and_the_shared_head_links()
    {
        var pages = Directory.EnumerateFiles(fixture.Site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}")).ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages");
        foreach (var path in pages)
        {
            var page = fixture.Site.Page("/" + Path.GetRelativePath(fixture.Site.OutputDirectory, path).Replace(Path.DirectorySeparatorChar, '/'));
            Assert.Single(page.QuerySelectorAll("body > header.site-header"));
            Assert.Single(page.QuerySelectorAll("body > footer.site-footer"));
            Assert.Single(page.QuerySelectorAll("body > main#main"));
            Assert.Equal(["首頁", "文章", "國家與地區", "事件", "人物", "搜尋"], page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
            Assert.Equal(["/assets/site.css", "/assets/interface-text.css"], page.QuerySelectorAll("head > link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
            Assert.Single(page.QuerySelectorAll("head > meta[property='og:site_name']"));
            // 404.html is served at any address: it names no canonical URL.
            var notFound = path.EndsWith("404.html", StringComparison.Ordinal);
            Assert.Equal(!notFound, page.QuerySelector("head > meta[property='og:url']") is not null);
            Assert.Equal(!notFound, page.QuerySelector("head > link[rel=canonical]") is not null);

        }
    }
}
