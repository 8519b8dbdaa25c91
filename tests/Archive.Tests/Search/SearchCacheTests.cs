using Archive.Search;
using Archive.Tests.Support;

namespace Archive.Tests.Search;

/// <summary>The search cache beside the output is the build's own folder, and the build touches no other.</summary>
public sealed class SearchCacheTests
{
    [Fact]
    public void The_build_makes_its_cache_beside_the_output_and_marks_it()
    {
        using var folder = new TempFolder();
        var output = folder["output"];
        var cache = SearchCache.Claim(output);
        Assert.NotNull(cache);
        Assert.Equal(output + ".search", cache.Folder);
        Assert.True(File.Exists(Path.Combine(cache.Folder, SearchCache.MarkerFile)));
        Assert.NotNull(SearchCache.Claim(output));
    }

    [Fact]
    public void A_folder_of_that_name_the_build_did_not_make_is_left_alone_and_the_site_built_without_search()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: 文章\ndate: 2025-12-14\n---\n\n內文。\n");
        var foreign = SearchCache.FolderFor(site.OutputDirectory);
        Directory.CreateDirectory(Path.Combine(foreign, "bundles", "p0"));
        File.WriteAllText(Path.Combine(foreign, "bundles", "p0", "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(foreign, "manifest.json"), "{}");

        Assert.Null(SearchCache.Claim(site.OutputDirectory));
        var report = site.BuildOk();

        Assert.Contains(report.Diagnostics, d => d.Code is "SEARCH_CACHE_NOT_OURS" or "SEARCH_UNAVAILABLE");
        Assert.Equal(["bundles/p0/notes.txt", "manifest.json"],
            Directory.EnumerateFiles(foreign, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(foreign, f).Replace('\\', '/')).Order());
        Assert.Equal("mine", File.ReadAllText(Path.Combine(foreign, "bundles", "p0", "notes.txt")));
        Assert.NotNull(site.Page("search/").QuerySelector(".search-unavailable"));
    }
}
