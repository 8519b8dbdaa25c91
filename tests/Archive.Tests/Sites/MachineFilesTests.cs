using System.Text.Json;
using System.Xml.Linq;
using Archive.Annotations;
using Archive.Linking;
using Archive.Rendering;
using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>
/// The feed and the Web Annotation export avoid whole-archive passes (preview rebuilds them on every save); these
/// check the shortcuts against the plain definition on a site with ties in dates and notes with their own dates.
/// </summary>
public sealed class MachineFilesTests : IDisposable
{
    readonly TestSite _site = new();
    readonly Catalog _catalog;

    public MachineFilesTests()
    {
        _site.WriteTerm("countries", "japan", "日本", "Japan");
        var dates = new[] { "2025-03-01", "2025-03-01", "2025-02-01", "2025-02-01", "2025-01-01", "2024-12-01" };
        for (var i = 0; i < dates.Length; i++)
        {
            _site.Write($"articles/a{i}.md", $"---\ntitle: 第{i}篇\ndate: {dates[i]}\ncountries: [japan]\n---\n\n第{i}篇的第一句。第{i}篇的第二句。\n");
            _site.Write($"annotations/a{i}/a{i}-n1.md", $"---\nquote: 第{i}篇的第一句\n---\n註。\n");
            // The oldest articles' second notes carry a date newer than any article.
            var own = i >= 4 ? "date: 2025-06-01\n" : "";
            _site.Write($"annotations/a{i}/a{i}-n2.md", $"---\nquote: 第{i}篇的第二句\n{own}---\n另一則註。\n");
        }
        _catalog = _site.BuildOk().Catalog!;
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(50)]
    public void The_feed_holds_the_newest_items_by_date_then_url(int limit)
    {
        var urls = _catalog.Urls;
        var expected = _catalog.Articles.Select(a => (Date: a.Date, Id: urls.Absolute(Model.Urls.Article(a.Slug))))
            .Concat(_catalog.AnchorsById.Values.Select(n => (Date: n.Annotation.Date ?? _catalog.ArticlesBySlug[n.Annotation.ArticleSlug].Date,
                Id: urls.Absolute(Model.Urls.Annotation(n.Annotation.Id)))))
            .OrderByDescending(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal).Take(limit).Select(i => i.Id).ToList();

        var feed = XDocument.Parse(SiteFiles.AtomFeed(_catalog, new MarkdownHtml(_catalog), limit));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var actual = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Export_pages_chain_from_the_collection_and_hold_every_note_once_in_order()
    {
        var files = WebAnnotationExport.Files(_catalog, pageSize: 5).ToDictionary(f => f.Path, f => f.Content);
        using var collection = JsonDocument.Parse(files["annotations.jsonld"]);
        Assert.Equal(12, collection.RootElement.GetProperty("total").GetInt32());

        var ids = new List<string>();
        var next = collection.RootElement.GetProperty("first").GetProperty("id").GetString();
        var pages = 0;
        while (next is not null)
        {
            using var page = JsonDocument.Parse(files[new Uri(next).AbsolutePath.TrimStart('/')]);
            Assert.Equal("AnnotationPage", page.RootElement.GetProperty("type").GetString());
            Assert.Equal(ids.Count, page.RootElement.GetProperty("startIndex").GetInt32());
            ids.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => new Uri(i.GetProperty("id").GetString()!).AbsolutePath));
            next = page.RootElement.TryGetProperty("next", out var n) ? n.GetString() : null;
            pages++;
        }
        Assert.Equal(3, pages);
        Assert.Equal(collection.RootElement.GetProperty("last").GetString(), _catalog.Urls.Absolute("annotation-pages/3.jsonld"));
        var expected = _catalog.Articles.SelectMany(a => _catalog.AnchorsOf(a.Slug)).Select(a => "/" + Model.Urls.Annotation(a.Annotation.Id)).ToList();
        Assert.Equal(expected, ids);
        // The collection embeds page 1 as it is written on its own.
        Assert.Equal(5, collection.RootElement.GetProperty("first").GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Export_items_hold_note_html_unescaped_and_pages_keep_script_json_escaped()
    {
        var page = WebAnnotationExport.Files(_catalog, pageSize: 5)
            .Single(f => f.Path == "annotation-pages/1.jsonld").Content.ToString();
        using var json = JsonDocument.Parse(page);
        var value = json.RootElement.GetProperty("items")[0].GetProperty("body").GetProperty("value").GetString()!;
        Assert.StartsWith("<p>", value);
        // The file is read by JSON parsers only: the HTML is written as it is, not as \u003C escapes.
        Assert.Contains("\"value\": \"<p>", page);
        Assert.DoesNotContain("\\u003C", page);
        // JSON inside a page's <script> element still escapes < so no value can close the element.
        Assert.DoesNotContain("<", new JsonText().Object(w => w.WriteString("html", value)));
    }

    [Fact]
    public void An_edit_rewrites_only_the_export_page_holding_the_note()
    {
        var last = _catalog.Articles[^1];
        var note = _catalog.AnchorsOf(last.Slug)[0].Annotation.Id;
        var files = WebAnnotationExport.Files(_catalog, new HashSet<string> { note }, pageSize: 5).Select(f => f.Path).ToList();
        Assert.Equal(["annotation-pages/3.jsonld"], files);
    }
}
