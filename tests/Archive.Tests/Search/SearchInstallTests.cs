using Archive.Search;
using Archive.Tests.Support;

namespace Archive.Tests.Search;

/// <summary>
/// A build writes into the spare output of two builds ago, whose pagefind/ still holds that build's bundles: after the
/// build the folder holds exactly the bundles the cache's manifest names, however much of the old index was current.
/// </summary>
public sealed class SearchInstallTests
{
    [SkippableFact]
    public void A_build_into_a_reused_folder_leaves_exactly_the_current_bundles_in_pagefind()
    {
        using var site = new TestSite();
        SearchTestSite.SkipUnlessPagefind(site);
        SearchTestSite.WriteFourArticles(site);

        Build(site);
        Build(site); // the first build's output is now the spare the next build writes into
        AssertPagefindIsTheCache(site.OutputDirectory);

        // The first partition (the primary bundle, whole in pagefind/) changes and the second one's pages are gone.
        site.Write("articles/a1.md", "---\ntitle: 文章1\ndate: 2025-12-11\ncountries: [japan]\n---\n\n第1篇談鯨魚。\n");
        File.Delete(Path.Combine(site.InputDirectory, "articles", "a3.md"));
        File.Delete(Path.Combine(site.InputDirectory, "articles", "a4.md"));
        Build(site);
        AssertPagefindIsTheCache(site.OutputDirectory);
        var index = SearchIndexContent.Of(site.OutputDirectory); // one fragment per page: a stale one would repeat a URL
        Assert.Contains("鯨魚", index["/articles/a1/"]);
        Assert.DoesNotContain("港口", index["/articles/a1/"]);
        Assert.Equal(["/articles/a1/", "/articles/a2/", "/countries/japan/"], index.Keys.Order(StringComparer.Ordinal));

        Build(site); // nothing changed, into the spare that holds the index from before the edit
        AssertPagefindIsTheCache(site.OutputDirectory);
        Assert.Equal(3, SearchIndexContent.Of(site.OutputDirectory).Count);
    }

    static void Build(TestSite site)
    {
        var report = ArchiveBuild.Run(new BuildOptions(site.InputDirectory, site.OutputDirectory, Repository.Theme, SearchPartitionSize: 2));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    /// <summary>pagefind/ holds the first bundle of the manifest whole, each other one without its scripts in a folder named by its id, and the list of those: nothing else, each file with its bundle's bytes.</summary>
    static void AssertPagefindIsTheCache(string output)
    {
        var cache = SearchCache.Claim(output)!;
        var manifest = cache.ReadManifest()!;
        var expected = new Dictionary<string, string>(StringComparer.Ordinal) { ["partitions.json"] = "" };
        for (var i = 0; i < manifest.Partitions.Count; i++)
        {
            var bundle = cache.BundleOf(manifest.Partitions[i].Id);
            foreach (var file in Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(bundle, file).Replace('\\', '/');
                if (i == 0) expected[relative] = file;
                else if (relative.Contains('/') || !(relative.EndsWith(".js") || relative.EndsWith(".css") || relative.EndsWith(".pagefind")))
                    expected[$"{manifest.Partitions[i].Id}/{relative}"] = file;
            }
        }
        var folder = Path.Combine(output, "pagefind");
        var actual = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        foreach (var (relative, from) in expected.Where(e => e.Value != ""))
            Assert.True(File.ReadAllBytes(from).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, relative))), relative);
        Assert.Equal(manifest.Partitions.Skip(1).Select(p => p.Id + "/"),
            System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "partitions.json"))).RootElement.GetProperty("merge").EnumerateArray().Select(e => e.GetString()));
    }
}
