using Archive.BrowserTests.Support;

namespace Archive.BrowserTests;

/// <summary>
/// A site whose search index is several bundles (two pages each): one query finds pages from every bundle, and a
/// filter narrows results drawn from several of them.
/// </summary>
public sealed class SearchPartitionTests : IAsyncLifetime
{
    PartitionedSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await PartitionedSite.StartAsync();
        _site.Build();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [SkippableFact]
    public async Task A_word_every_article_has_finds_all_of_them_across_the_partitions()
    {
        _site.RequireSearchIndexOrSkip();
        // Six articles and two term pages, two to a bundle: the first bundle and three merged ones.
        Assert.Equal(["p1/", "p2/", "p3/"], _site.MergedBundles());
        await using var context = await _site.NewContextAsync();

        var page = await SearchPage.OpenAsync(context, _site.SearchUrl, PartitionedSite.CommonWord);
        Assert.Equal(PartitionedSite.Articles, await SearchPage.CountAsync(page));
        var links = await SearchPage.LinksAsync(page, PartitionedSite.Articles);
        for (var i = 1; i <= PartitionedSite.Articles; i++) Assert.Contains(_site.ArticlePath(i), links);
    }

    [SkippableFact]
    public async Task Each_article_is_found_by_its_own_word_whichever_partition_holds_it()
    {
        _site.RequireSearchIndexOrSkip();
        await using var context = await _site.NewContextAsync();
        for (var i = 1; i <= PartitionedSite.Articles; i++)
        {
            var page = await SearchPage.OpenAsync(context, _site.SearchUrl, PartitionedSite.WordOf(i));
            Assert.Equal(1, await SearchPage.CountAsync(page));
            Assert.Equal([_site.ArticlePath(i)], await SearchPage.LinksAsync(page, 1));
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Filtering_by_a_country_narrows_results_drawn_from_several_partitions()
    {
        _site.RequireSearchIndexOrSkip();
        await using var context = await _site.NewContextAsync();
        var page = await SearchPage.OpenAsync(context, _site.SearchUrl, PartitionedSite.CommonWord);
        Assert.Equal(PartitionedSite.Articles, await SearchPage.CountAsync(page));

        // a1, a3 and a5 are tagged Japan, and each sits in a bundle of its own.
        Assert.Equal(3, await SearchPage.FilterAsync(page, "國家與地區", "日本", PartitionedSite.Articles));
        var links = await SearchPage.LinksAsync(page, 3);
        Assert.Equal([_site.ArticlePath(1), _site.ArticlePath(3), _site.ArticlePath(5)], links.Order(StringComparer.Ordinal));
    }
}
