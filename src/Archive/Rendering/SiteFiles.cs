using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Archive.Annotations;
using Archive.Linking;
using Archive.Model;
using Archive.Parsing;

namespace Archive.Rendering;

/// <summary>The machine-read files: Atom feed, sitemap.xml, robots.txt and the hosts' _headers.</summary>
public static class SiteFiles
{
    /// <summary>Articles and notes, newest first. A note without its own date takes its article's.</summary>
    public static string AtomFeed(Catalog catalog, MarkdownHtml markdown, int limit = 50)
    {
        var urls = catalog.Urls;
        // Articles come newest first and a note without its own date takes its article's: walking the articles stops
        // once the items gathered outnumber the limit and the next article is older than all of them. Notes with
        // their own date are all candidates. Preview rebuilds the feed on every save, so it must not touch every note.
        var candidates = new List<(DateOnly Date, Article Article, Anchor? Note)>();
        for (var i = 0; i < catalog.Articles.Length; i++)
        {
            var article = catalog.Articles[i];
            if (candidates.Count >= limit && article.Date < catalog.Articles[i - 1].Date) break;
            candidates.Add((article.Date, article, null));
            foreach (var anchor in catalog.AnchorOrder.Of(i))
                if (anchor.Annotation.Date is null) candidates.Add((article.Date, article, anchor));
        }
        foreach (var anchor in catalog.AnchorOrder.Dated)
            candidates.Add((anchor.Annotation.Date!.Value, catalog.ArticlesBySlug[anchor.Annotation.ArticleSlug], anchor));
        var days = candidates.Select(c => c.Date.DayNumber).ToArray();
        Array.Sort(days);
        var cutoff = days.Length > limit ? DateOnly.FromDayNumber(days[^limit]) : DateOnly.MinValue;
        var newest = candidates.Where(c => c.Date >= cutoff).Select(c =>
            {
                if (c.Note is not { } anchor)
                {
                    var a = c.Article;
                    var articleUrl = urls.Absolute(Urls.Article(a.Slug));
                    return (c.Date, Id: articleUrl, Make: (Func<SyndicationItem>)(() =>
                        Item(a.Title, articleUrl, a.Date, a.Summary ?? ViewBuilder.Shorten(a.Text.Joined, 200), a.Byline.Length > 0 ? a.Byline : catalog.Site.Title)));
                }
                var note = anchor.Annotation;
                var url = urls.Absolute(Urls.Annotation(note.Id));
                return (c.Date, Id: url, Make: (Func<SyndicationItem>)(() =>
                    Item(catalog.Site.Text.Format("note.title", ("quote", note.Quote.Exact)), url, c.Date, ArticleText.Of(note.Body).Joined, note.Author ?? catalog.Site.Title)));
            })
            .OrderByDescending(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(limit);
        return Write(catalog, newest.Select(i => i.Make()).ToList(), catalog.Site.Title, catalog.Site.Description, Urls.Feed, Urls.Home);
    }

    /// <summary>
    /// A term's feed: its newest articles and notes (a note without its own date takes its article's). Its lists are in
    /// article order, newest first, so only the first <paramref name="limit"/> articles, and the notes of articles that
    /// new, can be among the newest; notes with a date of their own are all candidates.
    /// </summary>
    public static string TermFeed(Catalog catalog, Term term, int limit = 20)
    {
        var (urls, text) = (catalog.Urls, catalog.Site.Text);
        var usage = catalog.TermIndex.UsageOf(term.Key);
        var articles = usage.Articles.Take(limit).ToList();
        var oldest = articles.Count == limit ? articles[^1].Date : DateOnly.MinValue;
        var items = articles.Select(a => (a.Date, Id: urls.Absolute(Urls.Article(a.Slug)), Article: a, Note: (Anchor?)null))
            .Concat(usage.Notes.Select(n => (Anchor: n, Article: catalog.ArticlesBySlug[n.Annotation.ArticleSlug]))
                .Select(n => (Date: n.Anchor.Annotation.Date ?? n.Article.Date, Id: urls.Absolute(Urls.Annotation(n.Anchor.Annotation.Id)), n.Article, Note: (Anchor?)n.Anchor))
                .Where(n => n.Date >= oldest))
            .OrderByDescending(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(i => i.Note is { } anchor
                ? Item(text.Format("note.title", ("quote", anchor.Annotation.Quote.Exact)), i.Id, i.Date, ArticleText.Of(anchor.Annotation.Body).Joined, anchor.Annotation.Author ?? catalog.Site.Title)
                : Item(i.Article.Title, i.Id, i.Date, i.Article.Summary ?? ViewBuilder.Shorten(i.Article.Text.Joined, 200),
                    i.Article.Byline.Length > 0 ? i.Article.Byline : catalog.Site.Title))
            .ToList();
        return Write(catalog, items, text.Format("feed.term_title", ("term", term.Name), ("site", catalog.Site.Title)),
            text.Format("feed.term_subtitle", ("term", term.Name)),
            Urls.TermFeed(term.Key), Urls.Term(term.Key));
    }

    /// <summary>An Atom document of <paramref name="items"/>, naming itself (<paramref name="path"/>) and the page it follows.</summary>
    static string Write(Catalog catalog, List<SyndicationItem> items, string title, string subtitle, string path, string page)
    {
        var urls = catalog.Urls;
        var updated = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch;
        var feed = new SyndicationFeed(title, subtitle, new Uri(urls.Absolute(page)), urls.Absolute(path), updated)
        {
            Items = items,
            Language = catalog.Site.Language,
        };
        // RFC 4287 §4.1.1: a feed names an author unless every entry does; every entry does here, and the feed names
        // the archive too, for readers that show only the feed's.
        feed.Authors.Add(new SyndicationPerson(null, catalog.Site.Title, urls.Absolute(Urls.Home)));
        feed.Links.Add(new SyndicationLink(new Uri(urls.Absolute(path)), "self", null, "application/atom+xml", 0));
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    /// <param name="author">The article's byline or the note's author; the archive's name where there is none.</param>
    static SyndicationItem Item(string title, string url, DateOnly date, string summary, string author)
    {
        var time = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var item = new SyndicationItem(title, SyndicationContent.CreatePlaintextContent(summary), new Uri(url), url, time)
        {
            PublishDate = time,
            Summary = new TextSyndicationContent(ViewBuilder.Shorten(summary, 300)),
        };
        item.Authors.Add(new SyndicationPerson(null, author, null));
        return item;
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

    /// <summary>
    /// Response headers for hosts that read a <c>_headers</c> file (Netlify, Cloudflare Pages): the pages' policy, with
    /// frame-ancestors, which only a header can set; and the export's media type, which those hosts do not know.
    /// </summary>
    public static string Headers(Catalog catalog) =>
        $"""
        {catalog.Urls.Href("*")}
          Content-Security-Policy: {Theme.Views.SecurityPolicy.Header}
          X-Content-Type-Options: nosniff
          Referrer-Policy: strict-origin-when-cross-origin
        {catalog.Urls.Href(Urls.AnnotationsJsonLd)}
          Content-Type: application/ld+json; charset=utf-8
        {catalog.Urls.Href("annotation-pages/*")}
          Content-Type: application/ld+json; charset=utf-8

        """;

    public static string Robots(Catalog catalog) =>
        $"User-agent: *\nAllow: /\nSitemap: {catalog.Urls.Absolute("sitemap.xml")}\n";
}
