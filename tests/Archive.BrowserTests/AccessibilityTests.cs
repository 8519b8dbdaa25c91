using Archive.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests;

/// <summary>axe-core finds no serious or critical violation on each kind of page, in light and in dark mode.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class AccessibilityTests(ServedSite site, ITestOutputHelper output)
{
    static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>
    /// Violations reported to the theme's owners and not fixed yet, as "page type/scheme/rule". They are printed but
    /// do not fail the test; one that no longer occurs does, so that the entry is removed with the fix.
    /// </summary>
    static readonly Dictionary<string, string> KnownIssues = new();

    [SkippableTheory]
    [InlineData(PageTypes.Home)]
    [InlineData(PageTypes.Article)]
    [InlineData(PageTypes.CountriesIndex)]
    [InlineData(PageTypes.IncidentsIndex)]
    [InlineData(PageTypes.CountryPage)]
    [InlineData(PageTypes.IncidentPage)]
    [InlineData(PageTypes.NotePage)]
    [InlineData(PageTypes.Search)]
    [InlineData(PageTypes.NotFound)]
    [InlineData(PageTypes.Intersection)]
    [InlineData(PageTypes.AcrossTimeline)]
    [InlineData(PageTypes.Matrix)]
    public async Task Axe_finds_no_serious_or_critical_violation(string pageType)
    {
        if (pageType == PageTypes.Search) site.RequireSearchIndexOrSkip();
        var problems = new List<string>();
        var known = KnownIssues.Keys.Where(k => k.StartsWith(pageType + "/")).ToHashSet();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await site.NewContextAsync(1280, scheme);
            var page = await context.NewPageAsync();
            await site.OpenAsync(page, pageType);
            var result = await page.RunAxe();

            foreach (var v in result.Violations)
            {
                var line = $"[{scheme}] {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n",
                    v.Nodes.Take(8).Select(n => $"    {n.Target}  {Shorten(n.Html)}")) +
                    (v.Nodes.Length > 8 ? $"\n    … and {v.Nodes.Length - 8} more" : "");
                output.WriteLine(line);
                if (!Blocking.Contains(v.Impact)) continue;
                if (known.Remove($"{pageType}/{scheme}/{v.Id}")) output.WriteLine("    (known issue, not failing the test)");
                else problems.Add(line);
            }
        }
        problems.AddRange(known.Select(k => $"known issue {k} no longer occurs: remove it from {nameof(KnownIssues)}"));
        Assert.True(problems.Count == 0, $"axe on /{site.PathOf(pageType)}:\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task The_first_Tab_shows_a_skip_link_that_moves_focus_to_the_content()
    {
        await using var context = await site.NewContextAsync(375);
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, PageTypes.Article);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(":focus");
        await Expect(skip).ToHaveAttributeAsync("href", "#main");
        await Expect(skip).ToBeInViewportAsync();
        Assert.NotEqual("none", await skip.EvaluateAsync<string>("el => getComputedStyle(el).outlineStyle"));

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(":focus")).ToHaveAttributeAsync("id", "main");
    }

    static string Shorten(string html) => html.Length <= 120 ? html : html[..117] + "…";
}
