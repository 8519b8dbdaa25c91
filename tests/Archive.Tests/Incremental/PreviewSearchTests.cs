using Archive.Incremental;
using Archive.Search;
using Archive.Tests.Support;

namespace Archive.Tests.Incremental;

/// <summary>Preview brings its search index up to date in the background after each save.</summary>
public sealed class PreviewSearchTests
{
    [SkippableFact]
    public void After_a_save_the_index_catches_up_with_the_edit_re_indexing_one_partition()
    {
        using var site = new TestSite();
        SearchTestSite.SkipUnlessPagefind(site);
        SearchTestSite.WriteFourArticles(site);
        site.Write("annotations/a3/n1.md", "---\nquote: 第3篇\n---\n註解提到鯨魚。\n");

        using var session = new PreviewSession(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme, SearchPartitionSize: 2));
        var refreshed = new System.Collections.Concurrent.BlockingCollection<SearchIndexReport>();
        session.SearchRefreshed += refreshed.Add;

        Assert.True(session.Rebuild([]).Report.Succeeded);
        // Four articles and a term page, two to a partition; none was indexed before.
        var first = Next(refreshed);
        Assert.Null(first.Error);
        Assert.Equal((3, 3), (first.Partitions, first.Reindexed));
        Assert.Contains("鯨魚", SearchIndexContent.Of(site.OutputDirectory)["/articles/a3/"]);

        site.Write("annotations/a3/n1.md", "---\nquote: 第3篇\n---\n註解提到海豚。\n");
        var outcome = session.Rebuild([Path.Combine(site.InputDirectory, "annotations", "a3", "n1.md")]);
        Assert.True(outcome.Report.Succeeded && outcome.Incremental, string.Join("\n", outcome.Report.Diagnostics));

        var second = Next(refreshed);
        Assert.Null(second.Error);
        Assert.Equal(1, second.Reindexed);
        var index = SearchIndexContent.Of(site.OutputDirectory);
        Assert.Contains("海豚", index["/articles/a3/"]);
        Assert.DoesNotContain("鯨魚", index["/articles/a3/"]);
        Assert.Equal(5, index.Count);
    }

    static SearchIndexReport Next(System.Collections.Concurrent.BlockingCollection<SearchIndexReport> reports) =>
        reports.TryTake(out var report, TimeSpan.FromSeconds(60)) ? report : throw new TimeoutException("search was not refreshed within a minute");
}
