using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests.Support;

/// <summary>/search/?q=… as a reader sees it: the count Pagefind's UI names, and the links it lists.</summary>
public static class SearchPage
{
    /// <summary>Opens the search page for <paramref name="query"/> and waits until the message names its results (or none).</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, string searchPageUrl, string query)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(searchPageUrl + "?q=" + Uri.EscapeDataString(query));
        // The message first says it is searching; it names the query's results once they are in.
        await Expect(page.Locator(".pagefind-ui__message")).ToContainTextAsync(new Regex("筆結果|找不到"), new() { Timeout = 15_000 });
        return page;
    }

    /// <summary>
    /// The count the message names ("「韓國」共有 3 筆結果"), 0 for none. The result list itself empties and refills
    /// while a filtered search runs, so counts are read from the message.
    /// </summary>
    public const string CountInMessage = """
        () => {
          const text = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
          if (text.includes('找不到')) return 0;
          const m = /共有 (\d+) 筆結果/.exec(text);
          return m ? Number(m[1]) : -1;
        }
        """;

    public static Task<int> CountAsync(IPage page) => page.EvaluateAsync<int>(CountInMessage);

    /// <summary>
    /// The links of every result and sub-result, once all <paramref name="expected"/> results are listed (the UI lists
    /// five, then more on demand; it fills each in as its fragment loads).
    /// </summary>
    public static async Task<IReadOnlyList<string>> LinksAsync(IPage page, int expected)
    {
        while (await page.Locator(".pagefind-ui__button", new() { HasText = "載入更多結果" }).CountAsync() > 0)
            await page.Locator(".pagefind-ui__button", new() { HasText = "載入更多結果" }).ClickAsync();
        await page.WaitForFunctionAsync(
            $"() => {{ const r = [...document.querySelectorAll('.pagefind-ui__result')]; return r.length >= {expected} && r.every(x => x.querySelector('a')); }}",
            null, new() { Timeout = 15_000 });
        return await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#search a.pagefind-ui__result-link')].map(a => a.getAttribute('href'))");
    }

    /// <summary>Ticks <paramref name="value"/> in the filter group <paramref name="group"/>; returns the new count.</summary>
    public static async Task<int> FilterAsync(IPage page, string group, string value, int before)
    {
        var label = page.Locator($"label[for='{group}-{value}']");
        // The UI opens the group itself when it is the only one.
        if (!await label.IsVisibleAsync()) await page.Locator(".pagefind-ui__filter-name", new() { HasText = group }).ClickAsync();
        await label.ClickAsync();
        return await (await page.WaitForFunctionAsync(
            $"() => {{ const n = ({CountInMessage})(); return n >= 0 && n !== {before} ? n : null; }}",
            null, new() { Timeout = 10_000 })).JsonValueAsync<int>();
    }
}
