using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Archive.BrowserTests.Support;

namespace Archive.BrowserTests.Standards;

/// <summary>
/// The Atom feed against RFC 4287's RELAX NG grammar (Debian's jing) and the grammar's two Schematron rules, which jing
/// does not run; the sitemap against the sitemaps.org XML Schema (.NET's validator).
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class FeedAndSitemapTests(ServedSite site, ITestOutputHelper output)
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    string Feed => Path.Combine(site.OutputDirectory, "feed.xml");

    /// <summary>The site's feed and every term's (<c>/&lt;taxonomy&gt;/&lt;term&gt;/feed.xml</c>).</summary>
    List<string> Feeds =>
    [
        Feed,
        .. Directory.GetFiles(site.OutputDirectory, "feed.xml", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(site.OutputDirectory, f).Split(Path.DirectorySeparatorChar).Length == 3)
            .Order(StringComparer.Ordinal),
    ];

    [SkippableFact]
    public void Every_feed_is_valid_against_the_RFC_4287_grammar()
    {
        var jing = ExternalTool.OnPath("jing");
        ExternalTool.RequireOrSkip(jing is not null, "jing is not installed (no `jing` on PATH): `apt-get install -y jing`.");
        var feeds = Feeds;
        // The term feeds are exactly those the pages announce besides the site's.
        var announced = site.HtmlPages()
            .SelectMany(p => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(site.OutputDirectory, p.Length == 0 || p.EndsWith('/') ? p + "index.html" : p)),
                "<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]*href=\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            .Select(href => Path.Combine(site.OutputDirectory, href[site.Root.AbsolutePath.Length..]))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(feeds.Count > 1, "no term feeds");
        Assert.Equal(feeds.Order(StringComparer.Ordinal), announced);
        var (exit, stdout, stderr) = ExternalTool.Run(jing!, ["-c", Path.Combine(ExternalTool.Standards, "atom", "atom.rnc"), .. feeds]);
        output.WriteLine($"jing -c atom.rnc on {feeds.Count} feeds: exit {exit}");
        // jing reports problems on stdout as file:line:column: error: …; Debian's wrapper warns on stderr about optional jars.
        Assert.True(exit == 0 && stdout.Trim().Length == 0, stdout + stderr);
    }

    [Fact]
    public void Every_feed_keeps_the_grammar_s_schematron_rules()
    {
        Assert.NotEmpty(XDocument.Load(Feed).Root!.Elements(Atom + "entry"));
        foreach (var file in Feeds) KeepsSchematronRules(file);
    }

    static void KeepsSchematronRules(string file)
    {
        var feed = XDocument.Load(file).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        // An atom:feed must have an atom:author unless all of its atom:entry children have an atom:author.
        Assert.True(feed.Element(Atom + "author") is not null || entries.All(e => e.Element(Atom + "author") is not null), "the feed has no author");
        foreach (var entry in entries)
        {
            var id = entry.Element(Atom + "id")?.Value;
            // An atom:entry must have at least one atom:link element with a rel attribute of 'alternate' or an atom:content.
            Assert.True(entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate") || entry.Element(Atom + "content") is not null,
                $"{id}: no alternate link and no content");
            // An atom:entry must have an atom:author if its feed does not.
            Assert.True(entry.Element(Atom + "author") is not null || feed.Element(Atom + "author") is not null
                || entry.Element(Atom + "source")?.Element(Atom + "author") is not null, $"{id}: no author");
        }
    }

    [Fact]
    public void The_sitemap_is_valid_against_the_sitemaps_org_schema_and_lists_absolute_urls()
    {
        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", Path.Combine(ExternalTool.Standards, "sitemap", "sitemap.xsd"));
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using (var reader = XmlReader.Create(Path.Combine(site.OutputDirectory, "sitemap.xml"), settings))
            while (reader.Read()) { }
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        var locs = XDocument.Load(Path.Combine(site.OutputDirectory, "sitemap.xml")).Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(l => l.Value).ToList();
        output.WriteLine($"sitemap.xml: {locs.Count} URLs, valid");
        Assert.Equal(site.HtmlPages().Count(p => p != "404.html"), locs.Count);
        Assert.All(locs, loc => Assert.StartsWith(site.Root.ToString(), loc));
    }
}
