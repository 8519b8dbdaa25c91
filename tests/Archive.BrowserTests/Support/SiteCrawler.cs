using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.BrowserTests.Support;

/// <summary>What a crawl of the served site found: every problem names the page that holds the reference.</summary>
public sealed record Crawl(
    IReadOnlyList<string> Visited,
    int FragmentsChecked,
    IReadOnlyList<string> Broken,
    IReadOnlyList<string> MissingFragments,
    IReadOnlyList<string> OutsideSubPath,
    IReadOnlyList<string> ExternalResources);

/// <summary>
/// Follows every internal reference from the root over HTTP, as a browser would resolve it: href and src in HTML,
/// url() and @import in CSS, the sitemap's and the feed's URLs, robots.txt's Sitemap line.
/// </summary>
public static partial class SiteCrawler
{
    // Attributes that load something into the page: these must never leave the site.
    static readonly (string Selector, string Attribute)[] Resources =
    [
        ("script[src]", "src"), ("img[src]", "src"), ("img[srcset]", "srcset"), ("source[src]", "src"),
        ("source[srcset]", "srcset"), ("video[src]", "src"), ("video[poster]", "poster"), ("audio[src]", "src"),
        ("track[src]", "src"), ("iframe[src]", "src"), ("embed[src]", "src"), ("object[data]", "data"),
        ("input[src]", "src"),
    ];

    static readonly string[] LoadedLinkRels = ["stylesheet", "preload", "modulepreload", "prefetch", "icon", "apple-touch-icon", "manifest", "mask-icon"];

    public static async Task<Crawl> CrawlAsync(HttpClient http, Uri root)
    {
        var broken = new List<string>();
        var outside = new List<string>();
        var external = new List<string>();
        var fragments = new List<(Uri Target, string Fragment, string From)>();
        var pages = new Dictionary<string, IDocument?>();
        // Where a crawler starts: the home page, and robots.txt, which leads to the sitemap.
        var queue = new Queue<(Uri Url, string From)>([(root, "(start)"), (new Uri(root, "robots.txt"), "(start)")]);
        var parser = new HtmlParser();

        void Reference(string from, Uri baseUrl, string raw, bool loadsResource)
        {
            raw = raw.Trim();
            if (raw.Length == 0 || raw.StartsWith("data:") || raw.StartsWith("mailto:") || raw.StartsWith("tel:")) return;
            if (!Uri.TryCreate(baseUrl, raw, out var url)) { broken.Add($"{from}: unparseable URL '{raw}'"); return; }
            if (url.Scheme is not ("http" or "https")) return;
            if (url.Authority != root.Authority)
            {
                if (loadsResource) external.Add($"{from}: loads {url}");
                return;
            }
            if (!url.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal))
            {
                outside.Add($"{from}: '{raw}' resolves to {url.AbsolutePath}, outside {root.AbsolutePath}");
                return;
            }
            if (url.Fragment.Length > 1) fragments.Add((WithoutFragment(url), Uri.UnescapeDataString(url.Fragment[1..]), from));
            queue.Enqueue((WithoutFragment(url), from));
        }

        while (queue.TryDequeue(out var next))
        {
            var key = next.Url.AbsoluteUri;
            if (pages.ContainsKey(key)) continue;
            pages[key] = null;

            using var response = await http.GetAsync(next.Url);
            if ((int)response.StatusCode != 200)
            {
                broken.Add($"{next.From}: {next.Url.AbsolutePath} answered {(int)response.StatusCode}");
                continue;
            }
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var text = await response.Content.ReadAsStringAsync();
            var here = next.Url.AbsolutePath;

            if (type == "text/html")
            {
                var doc = parser.ParseDocument(text);
                pages[key] = doc;
                foreach (var (selector, attribute) in Resources)
                    foreach (var el in doc.QuerySelectorAll(selector))
                        foreach (var src in attribute == "srcset" ? SrcsetUrls(el.GetAttribute(attribute)!) : [el.GetAttribute(attribute)!])
                            Reference(here, next.Url, src, loadsResource: true);
                foreach (var link in doc.QuerySelectorAll("link[href]"))
                {
                    var rels = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    Reference(here, next.Url, link.GetAttribute("href")!, rels.Any(r => LoadedLinkRels.Contains(r, StringComparer.OrdinalIgnoreCase)));
                }
                foreach (var a in doc.QuerySelectorAll("a[href], area[href]"))
                    Reference(here, next.Url, a.GetAttribute("href")!, loadsResource: false);
                foreach (var form in doc.QuerySelectorAll("form[action]"))
                    Reference(here, next.Url, form.GetAttribute("action")!, loadsResource: false);
                foreach (var meta in doc.QuerySelectorAll("meta[property='og:url'], meta[property='og:image']"))
                    Reference(here, next.Url, meta.GetAttribute("content") ?? "", loadsResource: false);
            }
            else if (type == "text/css")
            {
                foreach (Match m in CssUrl().Matches(text))
                    Reference(here, next.Url, m.Groups["url"].Value, loadsResource: true);
            }
            else if (type.EndsWith("xml"))
            {
                foreach (var url in XmlUrls(text)) Reference(here, next.Url, url, loadsResource: false);
            }
            else if (here.EndsWith("/robots.txt"))
            {
                foreach (Match m in RobotsSitemap().Matches(text)) Reference(here, next.Url, m.Groups["url"].Value, loadsResource: false);
            }
        }

        var missing = new List<string>();
        foreach (var (target, fragment, from) in fragments.Distinct())
        {
            if (!pages.TryGetValue(target.AbsoluteUri, out var doc) || doc is null)
            {
                if (pages.ContainsKey(target.AbsoluteUri)) missing.Add($"{from}: #{fragment} points into {target.AbsolutePath}, which is not an HTML page");
                continue;
            }
            if (doc.GetElementById(fragment) is null && doc.QuerySelector($"a[name='{fragment.Replace("'", "\\'")}']") is null)
                missing.Add($"{from}: no id '{fragment}' on {target.AbsolutePath}");
        }

        return new Crawl(pages.Keys.Order().ToList(), fragments.Distinct().Count(), broken.Distinct().ToList(), missing, outside.Distinct().ToList(), external.Distinct().ToList());
    }

    static Uri WithoutFragment(Uri url) => new(url.GetLeftPart(UriPartial.Query));

    static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0]);

    static IEnumerable<string> XmlUrls(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        return root.DescendantsAndSelf().Where(e => e.Name.LocalName == "loc").Select(e => e.Value)
            .Concat(root.DescendantsAndSelf().Select(e => e.Attribute("href")?.Value).OfType<string>());
    }

    [GeneratedRegex(@"url\(\s*(['""]?)(?<url>[^'"")]+)\1\s*\)|@import\s+(['""])(?<url>[^'""]+)\2")]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"^Sitemap:\s*(?<url>\S+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex RobotsSitemap();
}
