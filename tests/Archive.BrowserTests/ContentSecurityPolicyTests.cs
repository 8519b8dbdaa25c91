using Archive.BrowserTests.Support;
using Microsoft.Playwright;

namespace Archive.BrowserTests;

/// <summary>
/// Every page declares a Content-Security-Policy and satisfies it in Chromium: no violation, no script error, no
/// request that fails, including what scripts load later (the search UI, its index and WebAssembly).
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ContentSecurityPolicyTests(ServedSite site, ITestOutputHelper output)
{
    // Reported through the console so that violations from any frame or script arrive in one place.
    const string ReportViolations = """
        document.addEventListener('securitypolicyviolation', e =>
          console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    [SkippableFact]
    public async Task Every_page_satisfies_its_own_policy()
    {
        await using var context = await site.NewContextAsync();
        await context.AddInitScriptAsync(ReportViolations);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var current = "";
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy") || message.Text.StartsWith("CSP violation"))
                problems.Add($"/{current}: {message.Text}");
        };
        page.PageError += (_, error) => problems.Add($"/{current}: script error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
                problems.Add($"/{current}: {response.Request.ResourceType} {response.Url} answered {response.Status}");
        };

        // Without an index the search page can only fail to load it; SearchTests reports that.
        var pages = site.HtmlPages()
            .Where(p => p != "404.html" && (site.HasSearchIndex || p != site.PathOf(PageTypes.Search)))
            .Append(site.PathOf(PageTypes.NotFound)).ToList();
        foreach (var path in pages)
        {
            current = path;
            await page.GotoAsync(site.Url(path));
            var policies = await page.Locator("meta[http-equiv='Content-Security-Policy' i]").AllAsync();
            if (policies.Count != 1) { problems.Add($"/{path}: {policies.Count} Content-Security-Policy meta elements, expected 1"); continue; }
            var policy = await policies[0].GetAttributeAsync("content") ?? "";
            if (!policy.Contains("default-src")) problems.Add($"/{path}: the policy has no default-src: {policy}");
            await ExerciseScriptsAsync(page, path);
        }
        output.WriteLine($"{pages.Count} pages loaded");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    /// <summary>What site.js does after load must obey the policy too: the note popover, and search.</summary>
    async Task ExerciseScriptsAsync(IPage page, string path)
    {
        var noteRef = page.Locator("a.note-ref").First;
        if (await noteRef.CountAsync() > 0)
        {
            await noteRef.HoverAsync();
            await page.Locator("mark.passage").First.ClickAsync();
        }
        if (path == site.PathOf(PageTypes.Search) && site.HasSearchIndex) await site.OpenAsync(page, PageTypes.Search);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
