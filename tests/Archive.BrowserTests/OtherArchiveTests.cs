using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Archive.BrowserTests;

/// <summary>
/// The archives in another language than the real one (tests/archives/): each builds, passes the link crawl, axe and
/// the Nu Html Checker, and shows no word of another language's interface. Screenshots of each page type are kept
/// beside the real site's (<see cref="ScreenshotTests.Folder"/>).
/// </summary>
/// <param name="name">The archive's name in screenshot files.</param>
/// <param name="taxonomy">The key of one of its taxonomies, whose index and a term page are checked.</param>
public abstract class OtherArchiveTests(ServedArchive site, ITestOutputHelper output, string name, string taxonomy)
{
    /// <summary>Characters no page of this archive may contain: ones only another language's interface uses.</summary>
    protected abstract IReadOnlySet<char> Forbidden { get; }

    /// <summary>The page types to check: site paths by name.</summary>
    IReadOnlyDictionary<string, string> Pages() => new Dictionary<string, string>
    {
        ["home"] = "", ["article"] = site.First("articles/"), ["term"] = site.First(taxonomy + "/"), ["term-index"] = taxonomy + "/",
        ["note"] = site.First("annotations/"), ["articles"] = "articles/", ["search"] = "search/", ["404"] = "404.html",
        ["intersection"] = site.FirstOfType("page-intersection"), ["across"] = site.FirstOfType("page-across"),
        ["matrix"] = site.FirstOfType("page-matrix"),
    };

    /// <summary>Site paths of every feed written: the site's and each term's (<c>topics/fishing/feed.xml</c>).</summary>
    IReadOnlyList<string> Feeds() =>
    [
        .. Directory.EnumerateFiles(site.OutputDirectory, "feed.xml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(site.OutputDirectory, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void No_page_or_feed_contains_a_character_of_another_languages_interface()
    {
        var feeds = Feeds();
        Assert.True(feeds.Count(f => f.Count(c => c == '/') == 2) > 1, "no term feeds: " + string.Join(", ", feeds));
        // Every page type, the pages about two terms included, must be among what is read.
        var types = Pages().Values.Where(p => p != "404.html" && p != "search/").ToList();
        var files = site.HtmlPages().Select(p => p.EndsWith('/') || p.Length == 0 ? p + "index.html" : p).Concat(feeds).ToList();
        Assert.True(files.Count > 10, $"only {files.Count} files");
        Assert.All(types, type => Assert.Contains(type.Length == 0 ? "index.html" : type + "index.html", files));
        var found = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(Path.Combine(site.OutputDirectory, file));
            var bad = text.Where(Forbidden.Contains).Distinct().ToList();
            if (bad.Count > 0) found.Add($"/{file}: {string.Concat(bad)} in “{Around(text, text.IndexOf(bad[0]))}”");
        }
        Assert.True(found.Count == 0, "other-language interface text:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task The_crawl_reaches_every_page_and_every_link_and_fragment_resolves()
    {
        var crawl = await SiteCrawler.CrawlAsync(site.Http, site.Root);
        var unreached = site.HtmlPages().Where(p => p != "404.html").Select(p => new Uri(site.Url(p)).AbsoluteUri).Except(crawl.Visited).ToList();
        Assert.True(unreached.Count == 0, "pages no link leads to:\n" + string.Join("\n", unreached));
        Assert.True(crawl.Broken.Count == 0, "broken references:\n" + string.Join("\n", crawl.Broken));
        Assert.True(crawl.OutsideSubPath.Count == 0, "links that ignore the base URL:\n" + string.Join("\n", crawl.OutsideSubPath));
        Assert.True(crawl.MissingFragments.Count == 0, "fragments without a target:\n" + string.Join("\n", crawl.MissingFragments));
        Assert.True(crawl.ExternalResources.Count == 0, "requests that leave the site:\n" + string.Join("\n", crawl.ExternalResources));
    }

    [SkippableFact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_page_type()
    {
        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await site.NewContextAsync(1280, scheme);
            var page = await context.NewPageAsync();
            foreach (var (type, path) in Pages())
            {
                await page.GotoAsync(site.Url(path));
                var result = await page.RunAxe();
                problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"[{scheme}] /{path} {v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void The_Nu_Html_Checker_finds_no_error_on_any_page()
    {
        var java = ExternalTool.OnPath("java");
        var jar = Path.Combine(ExternalTool.NodeModules, "vnu-jar", "build", "dist", "vnu.jar");
        ExternalTool.RequireOrSkip(java is not null, "Java is not installed (no `java` on PATH): `apt-get install -y default-jre-headless`.");
        ExternalTool.RequireOrSkip(File.Exists(jar), "node_modules/vnu-jar is missing: run `npm ci` at the repository root.");
        var paths = site.HtmlPages().Select(p => Path.Combine(site.OutputDirectory, p.EndsWith('/') || p.Length == 0 ? p + "index.html" : p)).ToList();
        var (_, _, stderr) = ExternalTool.Run(java!, ["-jar", jar, "--format", "json", .. paths]);
        using var report = JsonDocument.Parse(stderr);
        var errors = report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error" || (m.TryGetProperty("subType", out var s) && s.GetString() == "fatal"))
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        output.WriteLine($"Nu Html Checker: {paths.Count} pages, {errors.Count} errors");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Screenshots_of_each_page_type_show_no_sideways_scroll(int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await context.NewPageAsync();
        Directory.CreateDirectory(ScreenshotTests.Folder);
        var wide = new List<string>();
        foreach (var (type, path) in Pages().Where(p => p.Key is "home" or "article" or "term" or "term-index" or "intersection" or "across" or "matrix"))
        {
            await page.GotoAsync(site.Url(path));
            await page.EvaluateAsync("() => document.fonts.ready");
            var file = Path.Combine(ScreenshotTests.Folder, $"i18n-{name}-{type}-{width}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            output.WriteLine(file);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > width) wide.Add($"/{path} is {scrollWidth}px wide");
        }
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    static string Around(string text, int at) => text.Substring(Math.Max(0, at - 30), Math.Min(60, text.Length - Math.Max(0, at - 30))).ReplaceLineEndings(" ");

    /// <summary>The characters of a strings file's texts (theme/i18n/&lt;language&gt;.yml), comments and keys left out.</summary>
    protected static HashSet<char> TextCharacters(string language) =>
    [
        .. File.ReadLines(Path.Combine(Repository.Theme, "i18n", language + ".yml"))
            .Where(line => !line.TrimStart().StartsWith('#'))
            .Select(line => Regex.Match(line, @"^[a-z_.0-9]+:\s*(.*)$"))
            .Where(m => m.Success)
            .SelectMany(m => m.Groups[1].Value),
    ];
}

[Collection(ServedZhHansCollection.Name)]
public sealed class ZhHansArchiveTests(ServedZhHansArchive site, ITestOutputHelper output) : OtherArchiveTests(site, output, "zh-Hans", "poets")
{
    /// <summary>
    /// Han characters of the Traditional Chinese interface that neither the Simplified one nor the archive's own
    /// content uses (頁, 尋, 註, 與, 點…): on its pages they can only come from the wrong interface.
    /// </summary>
    protected override IReadOnlySet<char> Forbidden { get; } = TraditionalOnly();

    static HashSet<char> TraditionalOnly()
    {
        var traditional = TextCharacters("zh-Hant");
        traditional.ExceptWith(TextCharacters("zh-Hans"));
        foreach (var file in Directory.EnumerateFiles(OtherArchives.Input("zh-Hans"), "*", SearchOption.AllDirectories))
            traditional.ExceptWith(File.ReadAllText(file) + Path.GetFileNameWithoutExtension(file));
        traditional.RemoveWhere(c => !Regex.IsMatch(c.ToString(), @"\p{IsCJKUnifiedIdeographs}"));
        return traditional;
    }

    [Fact]
    public void The_forbidden_characters_are_the_Traditional_interfaces_own() => Assert.Superset(new HashSet<char>("頁尋註與點"), (HashSet<char>)Forbidden);

    [Fact]
    public void Chinese_file_names_are_the_pages_slugs_and_ascii_urls_are_percent_encoded()
    {
        Assert.Contains("poets/李白/", site.HtmlPages());
        var sitemap = File.ReadAllText(Path.Combine(site.OutputDirectory, "sitemap.xml"));
        Assert.Contains("/poets/%E6%9D%8E%E7%99%BD/", sitemap);
        Assert.DoesNotContain("李白", sitemap);
        var page = File.ReadAllText(Path.Combine(site.OutputDirectory, "poets", "李白", "index.html"));
        Assert.Matches("<link rel=\"canonical\" href=\"[^\"]*/poets/%E6%9D%8E%E7%99%BD/\"", page);
    }
}

[Collection(ServedEnglishCollection.Name)]
public sealed class EnglishArchiveTests(ServedEnglishArchive site, ITestOutputHelper output) : OtherArchiveTests(site, output, "en", "organizations")
{
    /// <summary>Any Han character, CJK punctuation or full-width form: the English interface has none.</summary>
    protected override IReadOnlySet<char> Forbidden { get; } =
        Enumerable.Range(0x3000, 0x40).Concat(Enumerable.Range(0x3400, 0x9FFF - 0x3400 + 1)).Concat(Enumerable.Range(0xFF00, 0xF0))
            .Select(c => (char)c).ToHashSet();
}
