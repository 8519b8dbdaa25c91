using Microsoft.Playwright;

namespace Archive.BrowserTests.Support;

/// <summary>
/// One example of each kind of page, named in test data and resolved against what the build wrote, so the tests
/// follow the content instead of hard-coding every slug.
/// </summary>
public static class PageTypes
{
    public const string Home = "home";
    public const string Article = "article";
    public const string CountriesIndex = "countries index";
    public const string IncidentsIndex = "incidents index";
    public const string CountryPage = "country page";
    public const string IncidentPage = "incident page";
    public const string NotePage = "note page";
    /// <summary>What a country and an incident share.</summary>
    public const string Intersection = "intersection";
    /// <summary>A country's incidents as a timeline, drawn and listed.</summary>
    public const string AcrossTimeline = "across timeline";
    public const string Matrix = "matrix";
    public const string Search = "search";
    public const string NotFound = "404";

    /// <summary>The site path to open for <paramref name="type"/>.</summary>
    public static string PathOf(this ServedSite site, string type)
    {
        var pages = site.HtmlPages();
        string First(string prefix, string? preferred = null) =>
            preferred is not null && pages.Contains(preferred) ? preferred
            : pages.FirstOrDefault(p => p.StartsWith(prefix) && p.Length > prefix.Length && p.Count(c => c == '/') == 2)
              ?? throw new InvalidOperationException($"the build wrote no page under /{prefix}");

        return type switch
        {
            Home => "",
            Article => First("articles/"),
            CountriesIndex => "countries/",
            IncidentsIndex => "incidents/",
            CountryPage => First("countries/", preferred: "countries/japan/"),
            IncidentPage => First("incidents/", preferred: "incidents/liaoning-radar-lockon/"),
            NotePage => First("annotations/", preferred: "annotations/radar-lockon/"),
            Intersection => Deep(pages, "countries/", "/incidents/", 4, "countries/japan/incidents/liaoning-radar-lockon/"),
            AcrossTimeline => Deep(pages, "countries/", "/incidents/", 3, "countries/japan/incidents/"),
            Matrix => "countries/incidents/",
            Search => "search/",
            // A URL nothing answers, so the server's fallback (the site's 404.html) is what the reader sees.
            NotFound => "no/such/page/",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    /// <summary>The preferred page, or the first with <paramref name="segments"/> segments under both parts of its path.</summary>
    static string Deep(IReadOnlyCollection<string> pages, string prefix, string infix, int segments, string preferred) =>
        pages.Contains(preferred) ? preferred
        : pages.FirstOrDefault(p => p.StartsWith(prefix) && p.Contains(infix) && p.TrimEnd('/').Split('/').Length == segments && !p.Contains("/page/"))
          ?? throw new InvalidOperationException($"the build wrote no page like /{preferred}");

    /// <summary>
    /// Opens <paramref name="type"/> and waits until it shows what a reader would see: on the search page, the
    /// results of a query (when the build wrote a search index).
    /// </summary>
    public static async Task OpenAsync(this ServedSite site, IPage page, string type)
    {
        if (type != Search || !site.HasSearchIndex)
        {
            await page.GotoAsync(site.Url(site.PathOf(type)));
            return;
        }
        await page.GotoAsync(site.Url(site.PathOf(type) + "?q=" + Uri.EscapeDataString(SearchQuery)));
        await Assertions.Expect(page.Locator("#search a[href*='/archive/']").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    /// <summary>A word the first article contains, in the article's own script.</summary>
    public const string SearchQuery = "雷達";
}
