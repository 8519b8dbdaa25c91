using Microsoft.Playwright;

namespace Archive.BrowserTests.Support;

/// <summary>
/// An archive (by default the repository's real input/; see <see cref="ServedZhHansArchive"/>), built once with base URL <c>http://127.0.0.1:port/archive/</c> and served under
/// <c>/archive/</c>, so every link the tests follow goes through the sub-path. Chromium starts on first use.
/// </summary>
public sealed class ServedSite() : ServedArchive(Repository.Input);

/// <summary>An archive built once under a sub-path and served, with Chromium on first use (see <see cref="ServedSite"/>).</summary>
public abstract class ServedArchive(string inputDirectory) : IAsyncLifetime
{
    /// <summary>The archive's input folder.</summary>
    public string InputDirectory => inputDirectory;

    readonly string _folder = Directory.CreateTempSubdirectory("archive-browser-").FullName;
    SubPathServer? _server;
    IPlaywright? _playwright;
    IBrowser? _browser;

    public const int SearchPartitionSize = 8;

    public string OutputDirectory => Path.Combine(_folder, "output");
    public Uri Root => _server!.Root;
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(OutputDirectory);
        // The port is known only once the server listens, and the base URL needs it: serve first, then build.
        _server = await SubPathServer.StartAsync(OutputDirectory);
        // Search partitions of eight pages make the real site's index several bundles, which the search page merges.
        var report = ArchiveBuild.Run(new BuildOptions(inputDirectory, OutputDirectory, Repository.Theme, Root.ToString(),
            SearchPartitionSize: SearchPartitionSize));
        if (!report.Succeeded)
            throw new InvalidOperationException("the site did not build:\n" + string.Join("\n", report.Diagnostics));
    }

    /// <summary>Whether the build ran Pagefind (it needs the pagefind package, which building the CLI installs with npm).</summary>
    public bool HasSearchIndex => File.Exists(Path.Combine(OutputDirectory, "pagefind", "pagefind-entry.json"));

    /// <summary>
    /// Skips a test that needs search where the build could not index (no Node, or no `npm ci`); in CI that is a
    /// failure, since search is part of the site.
    /// </summary>
    public void RequireSearchIndexOrSkip()
    {
        Chromium.RequireOrSkip();
        if (HasSearchIndex) return;
        const string reason = "the build wrote no search index: the pagefind package (node_modules/@pagefind) is missing; building the CLI runs `npm ci`, which needs Node.";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(reason + " CI must test search.");
        Skip.If(true, reason);
    }

    /// <summary>A URL on the served site: <c>Url("countries/")</c> is <c>http://127.0.0.1:port/archive/countries/</c>.</summary>
    public string Url(string sitePath) => new Uri(Root, sitePath.TrimStart('/')).ToString();

    /// <summary>Site paths (<c>""</c>, <c>countries/japan/</c>, <c>404.html</c>) of every HTML page written.</summary>
    public IReadOnlyList<string> HtmlPages() =>
        Directory.EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(OutputDirectory, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Select(path => path == "index.html" ? "" : path.EndsWith("/index.html") ? path[..^"index.html".Length] : path)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A fresh browser context (its own viewport, colour scheme, storage). Skips the test without Chromium.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
    {
        Chromium.RequireOrSkip();
        if (_browser is null) (_playwright, _browser) = await Chromium.LaunchAsync();
        return await _browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
            Locale = "zh-TW",
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Http.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class ServedSiteCollection : ICollectionFixture<ServedSite>
{
    public const string Name = "served site";
}
