using Microsoft.Playwright;

namespace Archive.BrowserTests.Support;

/// <summary>Debian's Chromium, driven by Playwright (whose own browser download is not reachable here).</summary>
public static class Chromium
{
    /// <summary>The first <c>chromium</c> on PATH, as <c>which chromium</c> finds it; null when there is none.</summary>
    public static string? ExecutablePath { get; } = FindOnPath("chromium");

    static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync",
    ];

    /// <summary>
    /// Skips the calling test where Chromium is missing. CI installs it, so there a missing browser is a failure,
    /// not a silent skip.
    /// </summary>
    public static void RequireOrSkip()
    {
        if (ExecutablePath is not null) return;
        const string reason = "Chromium is not installed (no `chromium` on PATH); install it with `apt-get install -y chromium fonts-noto-cjk`.";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(reason + " CI must run the browser tests.");
        Skip.If(true, reason);
    }

    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath, Headless = true, Args = Args,
        });
        return (playwright, browser);
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);
}
