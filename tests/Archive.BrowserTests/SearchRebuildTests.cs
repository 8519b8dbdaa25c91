using Archive.BrowserTests.Support;

namespace Archive.BrowserTests;

/// <summary>A rebuild after an edit indexes again only the partition that holds the edited page, and search follows the edit.</summary>
public sealed class SearchRebuildTests
{
    [SkippableFact]
    public async Task After_an_edit_the_new_word_is_found_the_removed_one_is_not_and_one_partition_was_indexed_again()
    {
        await using var site = await PartitionedSite.StartAsync();
        site.Build();
        site.RequireSearchIndexOrSkip();
        var removed = PartitionedSite.WordOf(3);
        const string added = "海豚";
        await using (var context = await site.NewContextAsync())
        {
            Assert.Equal(1, await SearchPage.CountAsync(await SearchPage.OpenAsync(context, site.SearchUrl, removed)));
            Assert.Equal(0, await SearchPage.CountAsync(await SearchPage.OpenAsync(context, site.SearchUrl, added)));
        }

        var before = site.BundleTimes();
        site.WriteArticle(3, added);
        site.Build();
        var after = site.BundleTimes();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        // a3 sits with a4 in the second partition; the others' bundles are the ones the first build wrote.
        Assert.Equal(["p1"], after.Where(b => b.Value != before[b.Key]).Select(b => b.Key));

        await using (var context = await site.NewContextAsync())
        {
            var found = await SearchPage.OpenAsync(context, site.SearchUrl, added);
            Assert.Equal(1, await SearchPage.CountAsync(found));
            Assert.Equal([site.ArticlePath(3)], await SearchPage.LinksAsync(found, 1));
            Assert.Equal(0, await SearchPage.CountAsync(await SearchPage.OpenAsync(context, site.SearchUrl, removed)));
        }
    }
}
