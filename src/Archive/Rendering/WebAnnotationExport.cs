using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Linking;
using Archive.Model;
using Archive.Output;
using Archive.Annotations;

namespace Archive.Rendering;

/// <summary>
/// Every note as W3C Web Annotation JSON-LD, so annotation tools such as Hypothesis can read them: each target is the
/// article's URL with selectors that anchor on that page as served (<see cref="ServedPassage"/>); links in the note
/// bodies are absolute, as the export is read away from the site. The AnnotationCollection
/// (<c>/annotations.jsonld</c>) embeds its first page; the notes come in pages of <see cref="PageSize"/>
/// (<c>/annotation-pages/N.jsonld</c>, linked by next/prev), in article and reading order — so an edit rewrites one
/// page, not a file the size of the archive.
/// </summary>
public static class WebAnnotationExport
{
    public const int PageSize = 500;

    static readonly JsonSerializerOptions Indented = new(JsonLd.Options) { WriteIndented = true, Encoder = JsonText.FileEncoder };

    /// <param name="holding">Only the pages holding these note ids (and the collection when that includes page 1), or null for all.</param>
    /// <param name="pageSize">Notes per page; tests make it small.</param>
    /// <param name="cache">Where preview keeps each note's JSON between rebuilds; a build serializes each note once and keeps none.</param>
    public static IEnumerable<OutputFile> Files(Catalog catalog, IReadOnlySet<string>? holding = null, int pageSize = PageSize,
        CatalogCache? cache = null)
    {
        using var razor = new RazorRenderer();
        using var worker = new RenderWorker(razor, catalog);
        return [.. Pages(catalog, holding, pageSize, cache).Select(job => job.Render(worker).Kept())];
    }

    /// <summary>
    /// The export's files as jobs: a build makes them on its render workers beside the HTML pages, each page
    /// serializing its own notes into its worker's buffer.
    /// </summary>
    public static IEnumerable<PageJob> Pages(Catalog catalog, IReadOnlySet<string>? holding = null,
        int pageSize = PageSize, CatalogCache? cache = null)
    {
        var ordered = catalog.AnchorOrder.All;
        var pageCount = Math.Max(1, (ordered.Length + pageSize - 1) / pageSize);
        var pages = holding is null
            ? Enumerable.Range(1, pageCount).ToList()
            : holding.Select(id => catalog.AnchorsById[id])
                .Select(a => catalog.AnchorOrder.Starts[catalog.IndexOf(catalog.ArticlesBySlug[a.Annotation.ArticleSlug])] + a.Number - 1)
                .Select(i => i / pageSize + 1).Distinct().Order().ToList();

        var collectionUrl = catalog.Urls.Absolute(Urls.AnnotationsJsonLd);
        JsonObject Page(int page, bool embedded)
        {
            var json = new JsonObject();
            if (!embedded) json["@context"] = "http://www.w3.org/ns/anno.jsonld";
            json["id"] = catalog.Urls.Absolute(Urls.AnnotationPageJsonLd(page));
            json["type"] = "AnnotationPage";
            if (!embedded) json["partOf"] = new JsonObject { ["id"] = collectionUrl, ["label"] = catalog.Site.Title, ["total"] = ordered.Length };
            json["startIndex"] = (page - 1) * pageSize;
            if (page > 1) json["prev"] = catalog.Urls.Absolute(Urls.AnnotationPageJsonLd(page - 1));
            if (page < pageCount) json["next"] = catalog.Urls.Absolute(Urls.AnnotationPageJsonLd(page + 1));
            json["items"] = new JsonArray();
            return json;
        }
        ReadOnlySpan<char> WithItems(JsonObject shell, int page, RenderWorker worker)
        {
            // The items, serialized once each, are spliced into the (empty) array of the serialized shell, in the
            // worker's buffer: a page is about a megabyte, and a hundred pages each made as a string of its own were
            // large objects, each batch of them starting a full collection. The export is read away from the site, so
            // its note bodies link with absolute URLs.
            var text = JsonSerializer.Serialize(shell, Indented);
            var empty = text.LastIndexOf("[]", StringComparison.Ordinal);
            var (buffer, markdown, json) = (worker.StartFile(), worker.AbsoluteMarkdown, worker.Json);
            buffer.Write(text.AsSpan(0, empty + 1));
            for (var i = (page - 1) * pageSize; i < Math.Min(page * pageSize, ordered.Length); i++)
            {
                buffer.Write(i == (page - 1) * pageSize ? "\n" : ",\n");
                buffer.Write(cache is null ? Item(catalog, markdown, json, ordered[i]) : cache.ExportItems.GetValue(ordered[i], a => Item(catalog, markdown, json, a)));
            }
            buffer.Write('\n');
            buffer.Write(text.AsSpan(empty + 1));
            return buffer.Written;
        }
        RenderedPage Collection(RenderWorker worker)
        {
            var collection = new JsonObject
            {
                ["@context"] = "http://www.w3.org/ns/anno.jsonld",
                ["id"] = collectionUrl,
                ["type"] = "AnnotationCollection",
                ["label"] = catalog.Site.Title,
                ["total"] = ordered.Length,
                ["first"] = Page(1, embedded: true),
                ["last"] = catalog.Urls.Absolute(Urls.AnnotationPageJsonLd(pageCount)),
            };
            return new RenderedPage(Urls.AnnotationsJsonLd, WithItems(collection, 1, worker), "input/annotations");
        }
        RenderedPage PageFile(int page, RenderWorker worker) =>
            new(Urls.AnnotationPageJsonLd(page), WithItems(Page(page, embedded: false), page, worker), "input/annotations");

        foreach (var page in pages)
        {
            if (page == 1) yield return new(Urls.AnnotationsJsonLd, Collection) { Kind = nameof(WebAnnotationExport) };
            yield return new(Urls.AnnotationPageJsonLd(page), worker => PageFile(page, worker)) { Kind = nameof(WebAnnotationExport) };
        }
    }

    /// <remarks>
    /// A cached item depends on the base URL, the link targets and the text of its article's section, which stay put
    /// while an anchor is reused.
    /// </remarks>
    static string Item(Catalog catalog, MarkdownHtml markdown, JsonText json, Anchor anchor) => json.FileObject(w =>
    {
        var note = anchor.Annotation;
        var article = catalog.ArticlesBySlug[note.ArticleSlug];
        var served = ServedPassage.Of(article, catalog.AnchorsOf(article.Slug), anchor, markdown);
        w.WriteString("id", catalog.Urls.Absolute(Urls.Annotation(note.Id)));
        w.WriteString("type", "Annotation");
        w.WriteString("motivation", "commenting");
        w.WriteStartObject("body");
        w.WriteString("type", "TextualBody");
        w.WriteString("value", markdown.Render(note.Body).Trim());
        w.WriteString("format", "text/html");
        w.WriteString("language", note.Language ?? catalog.Site.Language);
        w.WriteEndObject();
        w.WriteStartObject("target");
        w.WriteString("source", catalog.Urls.Absolute(Urls.Article(note.ArticleSlug)));
        // Two equivalent ways to the passage, each scoped to the element of the article's text that holds it: by quote
        // and by position. A client takes the one it implements (refinedBy holds one selector).
        w.WriteStartArray("selector");
        Scoped(w, served, () =>
        {
            w.WriteString("type", "TextQuoteSelector");
            w.WriteString("exact", served.Exact);
            w.WriteString("prefix", served.Prefix);
            w.WriteString("suffix", served.Suffix);
        });
        Scoped(w, served, () =>
        {
            w.WriteString("type", "TextPositionSelector");
            w.WriteNumber("start", served.Start);
            w.WriteNumber("end", served.End);
        });
        w.WriteEndArray();
        // The version the note was written on (W3C TimeState); the selectors above are on the current text.
        if (anchor.Revision is { } revision)
        {
            w.WriteStartObject("state");
            w.WriteString("type", "TimeState");
            w.WriteString("sourceDate", revision.Version.ToString("yyyy-MM-dd") + "T00:00:00Z");
            w.WriteEndObject();
        }
        w.WriteEndObject();
        if (note.Author is { } author)
        {
            w.WriteStartObject("creator");
            w.WriteString("type", "Organization");
            w.WriteString("name", author);
            w.WriteEndObject();
        }
        // The model's created is an xsd:dateTime in UTC; a note carries only its day, so midnight UTC of that day.
        if (note.Date is { } date) w.WriteString("created", date.ToString("yyyy-MM-dd") + "T00:00:00Z");
    });

    static void Scoped(System.Text.Json.Utf8JsonWriter w, ServedPassage served, Action refinement)
    {
        w.WriteStartObject();
        w.WriteString("type", "CssSelector");
        w.WriteString("value", served.CssSelector);
        w.WriteStartObject("refinedBy");
        refinement();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
