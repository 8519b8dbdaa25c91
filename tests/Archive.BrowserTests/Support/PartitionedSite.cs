using System.Text.Json;
using Microsoft.Playwright;

namespace Archive.BrowserTests.Support;

/// <summary>
/// A small archive written inline and built with a search partition of two pages, so its index is several bundles
/// the search page merges; served under <c>/archive/</c> like <see cref="ServedSite"/>. Six articles, a1…a6: each
/// says 港口; the odd ones are tagged Japan, the even ones Korea; each has a word of its own (<see cref="WordOf"/>).
/// </summary>
public sealed class PartitionedSite : IAsyncDisposable
{
    public const int PartitionSize = 2;
    public const int Articles = 6;
    public const string CommonWord = "港口";
    static readonly string[] Words = ["鯨魚", "燈塔", "颱風", "稻米", "鐵路", "沙漠"];

    readonly string _folder = Directory.CreateTempSubdirectory("archive-partitioned-").FullName;
    SubPathServer? _server;
    IPlaywright? _playwright;
    IBrowser? _browser;

    string Input => Path.Combine(_folder, "input");
    public string OutputDirectory => Path.Combine(_folder, "output");
    public string CacheDirectory => OutputDirectory + ".search";

    public static string WordOf(int article) => Words[article - 1];

    public static async Task<PartitionedSite> StartAsync()
    {
        var site = new PartitionedSite();
        Directory.CreateDirectory(site.OutputDirectory);
        site._server = await SubPathServer.StartAsync(site.OutputDirectory);
        site.Write("site.yml", """
            title: 分區測試
            base_url: https://example.org/
            language: zh-Hant
            page_size: 20
            taxonomies:
              - key: countries
                name: 國家與地區
                name_en: Countries
            """);
        site.Write("tags/countries/japan.md", "---\nname: 日本\nname_en: Japan\n---\n東亞島國。\n");
        site.Write("tags/countries/korea.md", "---\nname: 韓國\nname_en: Korea\n---\n朝鮮半島南部。\n");
        for (var i = 1; i <= Articles; i++) site.WriteArticle(i, WordOf(i));
        return site;
    }

    public void WriteArticle(int i, string word) =>
        Write($"articles/a{i}.md",
            $"---\ntitle: 第{i}篇報導\ndate: 2025-12-{10 + i}\ncountries: [{(i % 2 == 1 ? "japan" : "korea")}]\n---\n\n" +
            $"記者走訪{CommonWord}，談到{word}的近況。\n");

    void Write(string path, string text)
    {
        var file = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    public BuildReport Build()
    {
        var report = ArchiveBuild.Run(new BuildOptions(Input, OutputDirectory, Repository.Theme, _server!.Root.ToString(),
            SearchPartitionSize: PartitionSize));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return report;
    }

    /// <summary>Skips a test where the build wrote no index (no pagefind package); in CI that fails, as in <see cref="ServedSite"/>.</summary>
    public void RequireSearchIndexOrSkip()
    {
        Chromium.RequireOrSkip();
        if (File.Exists(Path.Combine(OutputDirectory, "pagefind", "pagefind-entry.json"))) return;
        const string reason = "the build wrote no search index: the pagefind package (node_modules/@pagefind) is missing; building the CLI runs `npm ci`.";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(reason + " CI must test search.");
        Skip.If(true, reason);
    }

    public string SearchUrl => new Uri(_server!.Root, "search/").ToString();

    public string ArticlePath(int i) => $"{SubPathServer.SubPath}/articles/a{i}/";

    /// <summary>The bundles the search page merges besides the first (pagefind/partitions.json).</summary>
    public IReadOnlyList<string> MergedBundles()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(OutputDirectory, "pagefind", "partitions.json")));
        return [.. json.RootElement.GetProperty("merge").EnumerateArray().Select(e => e.GetString()!)];
    }

    /// <summary>When each partition's bundle in the cache was last written, by partition id.</summary>
    public IReadOnlyDictionary<string, DateTime> BundleTimes() =>
        Directory.EnumerateDirectories(Path.Combine(CacheDirectory, "bundles"))
            .ToDictionary(Path.GetFileName, d => File.GetLastWriteTimeUtc(Path.Combine(d, "pagefind-entry.json")))!;

    public async Task<IBrowserContext> NewContextAsync()
    {
        Chromium.RequireOrSkip();
        if (_browser is null) (_playwright, _browser) = await Chromium.LaunchAsync();
        return await _browser.NewContextAsync(new() { Locale = "zh-TW" });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
