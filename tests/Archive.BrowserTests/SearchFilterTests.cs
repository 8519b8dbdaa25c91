using Archive.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests;

/// <summary>Searching the archive in Chinese on /search/: the article and the note are found, filters narrow, no hits says so.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class SearchFilterTests(ServedSite site)
{
    async Task<IPage> Search(IBrowserContext context, string query)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString(query)));
        // The message first says it is searching; it names the query's results once they are in.
        await Expect(page.Locator(".pagefind-ui__message")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("筆結果|找不到"), new() { Timeout = 15_000 });
        return page;
    }

    static async Task<int> ResultCount(IPage page) =>
        await page.Locator(".pagefind-ui__result").CountAsync();

    [SkippableFact]
    public async Task Searching_radar_lock_on_finds_the_article_and_the_radar_note()
    {
        site.RequireSearchIndexOrSkip();
        await using var context = await site.NewContextAsync();
        var page = await Search(context, "雷達照射");
        // Pagefind's UI shows the result count first and fills each result in as its fragment loads, so wait for
        // the links rather than reading them once.
        const string article = "/archive/articles/2025-12-14-korea-balance/";
        await Expect(page.Locator($"#search a[href*='{article}']:not([href*='#'])").First)
            .ToBeAttachedAsync(new() { Timeout = 15_000 });
        // The radar lock-on note, as a sub-result pointing at its place in the article.
        await Expect(page.Locator($"#search a[href*='{article}#note-radar-lockon']").First)
            .ToBeAttachedAsync(new() { Timeout = 15_000 });
        await Expect(page.Locator("#search mark", new() { HasText = "雷達" }).First).ToBeVisibleAsync();
    }

    // The count the message names ("「韓國」共有 3 筆結果"); the result list itself empties and refills while a
    // filtered search runs, so it is read only once the message names the new count.
    const string CountInMessage = """
        () => {
          const m = /共有 (\d+) 筆結果/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '');
          return m ? Number(m[1]) : -1;
        }
        """;

    [SkippableFact]
    public async Task Filtering_by_Japan_narrows_the_results()
    {
        site.RequireSearchIndexOrSkip();
        await using var context = await site.NewContextAsync();
        var page = await Search(context, "韓國");
        var before = await page.EvaluateAsync<int>(CountInMessage);
        Assert.True(before >= 2, $"{before} results before filtering");

        await page.Locator(".pagefind-ui__filter-name", new() { HasText = "國家與地區" }).ClickAsync();
        await page.Locator("label[for='國家與地區-日本']").ClickAsync();
        var after = await (await page.WaitForFunctionAsync(
            $"() => {{ const n = ({CountInMessage})(); return n >= 0 && n !== {before} ? n : null; }}",
            null, new() { Timeout = 10_000 })).JsonValueAsync<int>();
        Assert.InRange(after, 1, before - 1);
        // Every result listed is one of the filtered ones: the list shows no more than the message names.
        await page.WaitForFunctionAsync(
            $"() => {{ const k = document.querySelectorAll('.pagefind-ui__result').length; return k >= 1 && k <= {after}; }}",
            null, new() { Timeout = 10_000 });
    }

    [SkippableFact]
    public async Task A_query_with_no_hits_says_so()
    {
        site.RequireSearchIndexOrSkip();
        await using var context = await site.NewContextAsync();
        var page = await Search(context, "企鵝冰淇淋");
        await Expect(page.Locator(".pagefind-ui__message")).ToContainTextAsync("找不到");
        Assert.Equal(0, await ResultCount(page));
    }
}
