using System.Text.RegularExpressions;
using Archive.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests;

/// <summary>Search from the header box: Pagefind's index and UI load from the site itself, under the sub-path.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class SearchTests(ServedSite site)
{
    [SkippableFact]
    public async Task A_word_typed_in_the_header_box_finds_pages_that_open()
    {
        site.RequireSearchIndexOrSkip();
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(""));

        var box = page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox);
        await box.FillAsync(PageTypes.SearchQuery);
        await box.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/archive/search/\?q="));

        var firstResult = page.Locator("#search a[href*='/archive/']").First;
        await Expect(firstResult).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.Locator("#search")).ToContainTextAsync(PageTypes.SearchQuery);

        await firstResult.ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/search/"));
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        Assert.DoesNotContain("找不到", await page.TitleAsync());
    }
}
