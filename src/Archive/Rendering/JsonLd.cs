using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Archive.Annotations;
using Archive.Linking;
using Archive.Model;

namespace Archive.Rendering;

/// <summary>
/// schema.org JSON-LD for page heads. The encoder keeps CJK as characters but still escapes &lt; and &gt;, so a title
/// containing "&lt;/script&gt;" cannot close the script element it sits in.
/// </summary>
public static class JsonLd
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string WebSite(Catalog catalog) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = catalog.Site.Title,
        ["url"] = catalog.Urls.Absolute(Urls.Home),
        ["inLanguage"] = catalog.Site.Language,
    });

    public static string Article(Catalog catalog, Article article)
    {
        var about = new JsonArray();
        var mentions = new JsonArray();
        foreach (var key in article.Tags.Select(t => t.Key).Distinct().Where(catalog.Terms.ContainsKey))
            (key.Taxonomy == catalog.Site.Taxonomies[0].Key ? about : mentions).Add(TermThing(catalog, catalog.Terms[key]));
        return Serialize(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["datePublished"] = article.Date.ToString("yyyy-MM-dd"),
            ["inLanguage"] = article.Lang,
            ["url"] = catalog.Urls.Absolute(Urls.Article(article.Slug)),
            ["author"] = article.Byline.Length > 0 ? new JsonObject { ["@type"] = "Person", ["name"] = article.Byline } : null,
            ["publisher"] = article.Source is { } s ? new JsonObject { ["@type"] = "Organization", ["name"] = s.Outlet } : null,
            ["about"] = about,
            ["mentions"] = mentions,
            ["commentCount"] = catalog.AnchorsOf(article.Slug).Length,
        });
    }

    public static string Note(Catalog catalog, Anchor anchor) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Comment",
        ["url"] = catalog.Urls.Absolute(Urls.Annotation(anchor.Annotation.Id)),
        ["text"] = Parsing.ArticleText.Of(anchor.Annotation.Body).Joined,
        ["inLanguage"] = catalog.Site.Language,
        ["about"] = new JsonObject
        {
            ["@type"] = "Quotation",
            ["text"] = anchor.Annotation.Quote.Exact,
            ["isPartOf"] = catalog.Urls.Absolute(Urls.Article(anchor.Annotation.ArticleSlug)),
        },
        ["author"] = anchor.Annotation.Author is { } a ? new JsonObject { ["@type"] = "Organization", ["name"] = a } : null,
        ["dateCreated"] = anchor.Annotation.Date?.ToString("yyyy-MM-dd"),
    });

    public static string Term(Catalog catalog, Term term)
    {
        var thing = TermThing(catalog, term);
        return Serialize(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CollectionPage",
            ["name"] = term.Name,
            ["url"] = catalog.Urls.Absolute(Urls.Term(term.Key)),
            ["inLanguage"] = catalog.Site.Language,
            ["about"] = thing,
        });
    }

    /// <summary>A dated term is an Event; any other a Place (countries) or a DefinedTerm.</summary>
    static JsonObject TermThing(Catalog catalog, Term term)
    {
        var taxonomy = catalog.Site.FindTaxonomy(term.Key.Taxonomy);
        var type = taxonomy?.Dated == true ? "Event" : term.Key.Taxonomy == "countries" ? "Place" : "DefinedTerm";
        var thing = new JsonObject
        {
            ["@type"] = type,
            ["name"] = term.Name,
            ["alternateName"] = term.NameEn.Length > 0 ? term.NameEn : null,
            ["url"] = catalog.Urls.Absolute(Urls.Term(term.Key)),
        };
        if (type == "Event")
        {
            thing["startDate"] = term.Date?.ToString("yyyy-MM-dd");
            thing["endDate"] = (term.End ?? term.Date)?.ToString("yyyy-MM-dd");
        }
        return thing;
    }

    static string Serialize(JsonObject value) => JsonSerializer.Serialize(WithoutNulls(value), Options);

    static JsonObject WithoutNulls(JsonObject value)
    {
        foreach (var key in value.Where(p => p.Value is null).Select(p => p.Key).ToList()) value.Remove(key);
        return value;
    }
}
