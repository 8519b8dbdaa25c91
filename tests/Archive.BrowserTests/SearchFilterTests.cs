using Archive.BrowserTests.Support;

namespace Archive.BrowserTests;

/// <summary>Filters and empty results on /search/ of the real input/, whose index is several merged bundles.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class SearchFilterTests(ServedSite site)
{
    [SkippableFact]
    public async Task Filtering_by_Japan_narrows_the_results()
    {
        site.RequireSearchIndexOrSkip();
        await using var context = await site.NewContextAsync();
        var page = await SearchPage.OpenAsync(context, site.Url("search/"), "韓國");
        var before = await SearchPage.CountAsync(page);
        Assert.True(before >= 2, $"{before} results before filtering");

        var after = await SearchPage.FilterAsync(page, "國家與地區", "日本", before);
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
        var page = await SearchPage.OpenAsync(context, site.Url("search/"), "企鵝冰淇淋");
        Assert.Equal(0, await SearchPage.CountAsync(page));
        Assert.Equal(0, await page.Locator(".pagefind-ui__result").CountAsync());
    }
}
