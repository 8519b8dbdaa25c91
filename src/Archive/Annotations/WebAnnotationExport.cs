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
    static readonly JsonSerializerOptions Indented = new(JsonLd.Options) { WriteIndented = true };

    /// <summary>
    /// Each annotation's JSON, by anchor. An unchanged note keeps its anchor object from one preview rebuild to the next
    /// (see CatalogCache), so a save re-serializes one note instead of the whole archive; the table holds anchors weakly.
    /// </summary>
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Anchor, string> Serialized = new();

    public static string Write(Catalog catalog, MarkdownHtml markdown)
    {
        var items = new System.Collections.Concurrent.ConcurrentDictionary<Anchor, string>();
        Parallel.ForEach(catalog.AnchorsById.Values, anchor =>
            items[anchor] = Serialized.GetValue(anchor, a => Item(catalog, markdown, a)));
        var text = new System.Text.StringBuilder();
        var count = 0;
        foreach (var article in catalog.Articles)
            foreach (var anchor in catalog.AnchorsOf(article.Slug))
                text.Append(count++ == 0 ? "\n" : ",\n").Append(items[anchor]);
        var collection = new JsonObject
        {
            ["@context"] = "http://www.w3.org/ns/anno.jsonld",
            ["id"] = catalog.Urls.Absolute(Urls.AnnotationsJsonLd),
            ["type"] = "AnnotationCollection",
            ["label"] = catalog.Site.Title,
            ["total"] = count,
            ["first"] = new JsonObject { ["type"] = "AnnotationPage", ["items"] = new JsonArray() },
        };
        // The items are spliced into the (empty) array of the serialized collection.
        var shell = JsonSerializer.Serialize(collection, Indented);
        var empty = shell.LastIndexOf("[]", StringComparison.Ordinal);
        return shell[..(empty + 1)] + text + "\n" + shell[(empty + 1)..];
    }

    /// <remarks>A cached item depends on the base URL and the link targets, which stay put while an anchor is reused.</remarks>
    static string Item(Catalog catalog, MarkdownHtml markdown, Anchor anchor)
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
                ["source"] = catalog.Urls.Absolute(Urls.Article(note.ArticleSlug)),
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
        return JsonSerializer.Serialize(annotation, Indented);
    }
}
