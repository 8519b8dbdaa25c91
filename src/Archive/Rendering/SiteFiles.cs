using Archive.Annotations;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Archive.Linking;
using Archive.Model;
using Archive.Parsing;

namespace Archive.Rendering;

/// <summary>The machine-read files: Atom feed, sitemap.xml and robots.txt.</summary>
public static class SiteFiles
{
    /// <summary>Articles and notes, newest first. A note without its own date takes its article's.</summary>
    public static string AtomFeed(Catalog catalog, MarkdownHtml markdown, int limit = 50)
    {
        var urls = catalog.Urls;
        // Dates first: only what is at least as new as the limit-th newest date gets a URL and an item, so a feed of 50
        // costs one pass over dates, not a sort of every article and note (preview rebuilds it on every save).
        DateOnly NoteDate(Anchor anchor) => anchor.Annotation.Date ?? catalog.ArticlesBySlug[anchor.Annotation.ArticleSlug].Date;
        var dates = catalog.Articles.Select(a => a.Date.DayNumber)
            .Concat(catalog.Articles.SelectMany(a => catalog.AnchorsOf(a.Slug).Select(n => (n.Annotation.Date ?? a.Date).DayNumber))).ToArray();
        Array.Sort(dates);
        var cutoff = dates.Length > limit ? DateOnly.FromDayNumber(dates[^limit]) : DateOnly.MinValue;
        var newest = catalog.Articles.Where(a => a.Date >= cutoff).Select(a => (Date: a.Date, Id: urls.Absolute(Urls.Article(a.Slug)), Make: (Func<SyndicationItem>)(() => Item(
                a.Title, urls.Absolute(Urls.Article(a.Slug)), a.Date, a.Summary ?? ViewBuilder.Shorten(a.Text.Joined, 200)))))
            .Concat(catalog.Articles.SelectMany(a => catalog.AnchorsOf(a.Slug)).Where(n => NoteDate(n) >= cutoff).Select(anchor =>
            {
                var note = anchor.Annotation;
                var date = NoteDate(anchor);
                var url = urls.Absolute(Urls.Annotation(note.Id));
                return (Date: date, Id: url, Make: (Func<SyndicationItem>)(() => Item($"註：「{note.Quote.Exact}」", url, date, ArticleText.Of(note.Body).Joined)));
            }))
            .OrderByDescending(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(limit);
        var items = newest.Select(i => i.Make()).ToList();
        var updated = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch;
        var feed = new SyndicationFeed(catalog.Site.Title, catalog.Site.Description, new Uri(urls.Absolute(Urls.Home)), urls.Absolute(Urls.Feed), updated)
        {
            Items = items,
            Language = catalog.Site.Language,
        };
        feed.Links.Add(new SyndicationLink(new Uri(urls.Absolute(Urls.Feed)), "self", null, "application/atom+xml", 0));
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    static SyndicationItem Item(string title, string url, DateOnly date, string summary)
    {
        var time = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new SyndicationItem(title, SyndicationContent.CreatePlaintextContent(summary), new Uri(url), url, time)
        {
            PublishDate = time,
            Summary = new TextSyndicationContent(ViewBuilder.Shorten(summary, 300)),
        };
    }

    public static string Sitemap(Catalog catalog, IEnumerable<string> pagePaths)
    {
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in pagePaths)
            text.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(catalog.Urls.Absolute(path))).Append("</loc></url>\n");
        text.Append("</urlset>\n");
        return text.ToString();
    }

    public static string Robots(Catalog catalog) =>
        $"User-agent: *\nAllow: /\nSitemap: {catalog.Urls.Absolute("sitemap.xml")}\n";
}
