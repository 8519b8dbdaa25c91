using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Linking;
using Archive.Model;
using Archive.Rendering;

namespace Archive.Annotations;

/// <summary>
/// Every note as W3C Web Annotation JSON-LD (an AnnotationCollection), so annotation tools such as Hypothesis can read
/// them: each target is the article's URL with a TextQuoteSelector and a TextPositionSelector counted in code points.
/// </summary>
public static class WebAnnotationExport
{
    public static string Write(Catalog catalog, MarkdownHtml markdown)
    {
        var items = new JsonArray();
        foreach (var article in catalog.Articles)
            foreach (var anchor in catalog.AnchorsOf(article.Slug))
            {
                var note = anchor.Annotation;
                var annotation = new JsonObject
                {
                    ["id"] = catalog.Urls.Absolute(Urls.Annotation(note.Id)),
                    ["type"] = "Annotation",
                    ["motivation"] = "commenting",
                    ["body"] = new JsonObject
                    {
                        ["type"] = "TextualBody",
                        ["value"] = markdown.Render(note.Body).Trim(),
                        ["format"] = "text/html",
                        ["language"] = catalog.Site.Language,
                    },
                    ["target"] = new JsonObject
                    {
                        ["source"] = catalog.Urls.Absolute(Urls.Article(article.Slug)),
                        ["selector"] = new JsonArray(
                            new JsonObject
                            {
                                ["type"] = "TextQuoteSelector",
                                ["exact"] = note.Quote.Exact,
                                ["prefix"] = anchor.Prefix,
                                ["suffix"] = anchor.Suffix,
                            },
                            new JsonObject
                            {
                                ["type"] = "TextPositionSelector",
                                ["start"] = anchor.RuneStart,
                                ["end"] = anchor.RuneEnd,
                            }),
                    },
                };
                if (note.Author is { } author) annotation["creator"] = new JsonObject { ["type"] = "Organization", ["name"] = author };
                if (note.Date is { } date) annotation["created"] = date.ToString("yyyy-MM-dd");
                items.Add(annotation);
            }
        var collection = new JsonObject
        {
            ["@context"] = "http://www.w3.org/ns/anno.jsonld",
            ["id"] = catalog.Urls.Absolute(Urls.AnnotationsJsonLd),
            ["type"] = "AnnotationCollection",
            ["label"] = catalog.Site.Title,
            ["total"] = items.Count,
            ["first"] = new JsonObject { ["type"] = "AnnotationPage", ["items"] = items },
        };
        return JsonSerializer.Serialize(collection, new JsonSerializerOptions(JsonLd.Options) { WriteIndented = true });
    }
}
