using Archive.BrowserTests.Support;
using Microsoft.Playwright;

namespace Archive.BrowserTests;

/// <summary>
/// Full-page PNGs of each kind of page, narrow and wide, light and dark, for a person to look at; the one thing
/// checked here is that nothing makes the page scroll sideways.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ScreenshotTests(ServedSite site, ITestOutputHelper output)
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        string[] types =
        [
            PageTypes.Home, PageTypes.Article, PageTypes.CountriesIndex, PageTypes.IncidentsIndex, PageTypes.CountryPage,
            PageTypes.IncidentPage, PageTypes.NotePage, PageTypes.Search, PageTypes.NotFound,
            PageTypes.Intersection, PageTypes.AcrossTimeline, PageTypes.Matrix,
        ];
        foreach (var type in types)
            foreach (var width in new[] { 375, 1280 })
                foreach (var scheme in new[] { "light", "dark" })
                    data.Add(type, width, scheme);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Screenshot(string pageType, int width, string scheme)
    {
        await using var context = await site.NewContextAsync(width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, pageType);
        await page.EvaluateAsync("() => document.fonts.ready");

        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{pageType.Replace(' ', '-')}-{width}-{scheme}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        output.WriteLine(file);

        var overflow = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.visually-hidden, .skip-link'))
              .slice(0, 5)
              .map(el => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`)
            """);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width,
            $"/{site.PathOf(pageType)} at {width}px scrolls sideways ({scrollWidth}px wide); widest: {string.Join(", ", overflow)}");
    }
}
