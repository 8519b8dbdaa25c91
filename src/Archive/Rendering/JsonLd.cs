using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Archive.Annotations;
using Archive.Linking;
using Archive.Model;

namespace Archive.Rendering;

/// <summary>
/// schema.org JSON-LD for page heads. The encoder keeps CJK as characters but still escapes &lt; and &gt;, so a title
/// containing "&lt;/script&gt;" cannot close the script element it sits in.
/// </summary>
/// <remarks>Written with <see cref="JsonText"/>; absent values are left out.</remarks>
public static class JsonLd
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string WebSite(Catalog catalog, JsonText json) => json.Object(w =>
    {
        Header(w, "WebSite");
        w.WriteString("name", catalog.Site.Title);
        w.WriteString("url", catalog.Urls.Absolute(Urls.Home));
        w.WriteString("inLanguage", catalog.Site.Language);
    });

    public static string Article(Catalog catalog, Article article, JsonText json) => json.Object(w =>
    {
        Header(w, "NewsArticle");
        w.WriteString("headline", article.Title);
        w.WriteString("datePublished", article.Date.ToString("yyyy-MM-dd"));
        w.WriteString("inLanguage", article.Lang);
        w.WriteString("url", catalog.Urls.Absolute(Urls.Article(article.Slug)));
        if (article.Byline.Length > 0) Named(w, "author", "Person", article.Byline);
        // The archive publishes this page. Where the article first appeared is free text ("outlet not stated; …"), so
        // it is a credit line, not an organization; its URL, where known, is what the page is based on.
        Publisher(w, catalog);
        if (article.Source is { } s)
        {
            w.WriteString("creditText", s.Outlet);
            if (s.Url is { } url) w.WriteString("isBasedOn", url);
        }
        var terms = article.Tags.Select(t => t.Key).Distinct().Where(catalog.Terms.ContainsKey).Select(k => catalog.Terms[k]).ToList();
        // The article is about the terms of its main taxonomy (the first of article_chips) and mentions the others.
        var main = catalog.Site.ArticleChips.IsEmpty ? null : catalog.Site.ArticleChips[0].Key;
        w.WriteStartArray("about");
        foreach (var term in terms.Where(t => t.Key.Taxonomy == main)) TermThing(w, catalog, term);
        w.WriteEndArray();
        w.WriteStartArray("mentions");
        foreach (var term in terms.Where(t => t.Key.Taxonomy != main)) TermThing(w, catalog, term);
        w.WriteEndArray();
        w.WriteNumber("commentCount", catalog.AnchorsOf(article.Slug).Length);
    });

    /// <param name="text">The note's body as plain text (the page has it already, for its description).</param>
    public static string Note(Catalog catalog, Anchor anchor, string text, JsonText json) => json.Object(w =>
    {
        var note = anchor.Annotation;
        Header(w, "Comment");
        w.WriteString("url", catalog.Urls.Absolute(Urls.Annotation(note.Id)));
        w.WriteString("text", text);
        w.WriteString("inLanguage", note.Language ?? catalog.Site.Language);
        w.WriteStartObject("about");
        w.WriteString("@type", "Quotation");
        w.WriteString("text", note.Quote.Exact);
        w.WriteString("isPartOf", catalog.Urls.Absolute(Urls.Article(note.ArticleSlug)));
        w.WriteEndObject();
        if (note.Author is { } a) Named(w, "author", "Organization", a);
        if (note.Date is { } d) w.WriteString("dateCreated", d.ToString("yyyy-MM-dd"));
    });

    /// <param name="page">The page of the term's list this is: each page is a CollectionPage at its own URL.</param>
    public static string Term(Catalog catalog, Term term, JsonText json, int page = 1) => json.Object(w =>
    {
        Header(w, "CollectionPage");
        w.WriteString("name", term.Name);
        w.WriteString("url", catalog.Urls.Absolute(Urls.TermPage(term.Key, page)));
        w.WriteString("inLanguage", catalog.Site.Language);
        w.WritePropertyName("about");
        TermThing(w, catalog, term);
    });

    /// <summary>A term as the schema.org type its taxonomy declares (site.yml's <c>type:</c>).</summary>
    static void TermThing(Utf8JsonWriter w, Catalog catalog, Term term)
    {
        var type = catalog.Site.FindTaxonomy(term.Key.Taxonomy)?.TermType ?? Taxonomy.DefaultTermType;
        w.WriteStartObject();
        w.WriteString("@type", type);
        w.WriteString("name", term.Name);
        if (term.NameEn.Length > 0) w.WriteString("alternateName", term.NameEn);
        w.WriteString("url", catalog.Urls.Absolute(Urls.Term(term.Key)));
        if (type == "Event")
        {
            if (term.Date is { } start) w.WriteString("startDate", start.ToString("yyyy-MM-dd"));
            // Without an end the term may still be going on (a war); an endDate equal to its start would say it ended that day.
            if (term.End is { } end) w.WriteString("endDate", end.ToString("yyyy-MM-dd"));
        }
        w.WriteEndObject();
    }

    static void Header(Utf8JsonWriter w, string type)
    {
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", type);
    }

    static void Publisher(Utf8JsonWriter w, Catalog catalog)
    {
        w.WriteStartObject("publisher");
        w.WriteString("@type", "Organization");
        w.WriteString("name", catalog.Site.Title);
        w.WriteString("url", catalog.Urls.Absolute(Urls.Home));
        w.WriteEndObject();
    }

    static void Named(Utf8JsonWriter w, string property, string type, string name)
    {
        w.WriteStartObject(property);
        w.WriteString("@type", type);
        w.WriteString("name", name);
        w.WriteEndObject();
    }
}
