using System.Text.Json;
using Archive.Tests.Sites;
using Archive.Tests.Support;

namespace Archive.Tests.Annotations;

/// <summary>The first article's hand-written notes, as built from the real input/.</summary>
public sealed class RealNotesTests(RealInputFixture fixture) : IClassFixture<RealInputFixture>
{
    const string ArticlePath = "/articles/2025-12-14-korea-balance/";

    [Fact]
    public void There_are_at_least_twenty_notes_each_highlighted_and_linked_both_ways()
    {
        var page = fixture.Site.Page(ArticlePath);
        var notes = page.QuerySelectorAll(".notes .note");
        Assert.True(notes.Length >= 20, $"{notes.Length} notes");
        foreach (var note in notes)
        {
            var id = note.Id!["note-".Length..];
            var passage = page.GetElementById($"passage-{id}");
            Assert.True(passage is not null, $"no passage for {id}");
            Assert.Equal("#" + note.Id, page.QuerySelector($"a.note-ref[data-note='{id}']")!.GetAttribute("href"));
            var back = note.QuerySelector("a.note-number")!.GetAttribute("href")!;
            Assert.Equal($"{ArticlePath}#passage-{id}", back);
            // Every note has its own page that links to the exact spot.
            var permalink = fixture.Site.Page($"/annotations/{id}/");
            Assert.Contains(permalink.QuerySelectorAll("a"), a => a.GetAttribute("href") == back);
            Assert.NotNull(permalink.QuerySelector(".context-text mark.passage"));
        }
    }

    [Fact]
    public void Notes_are_in_reading_order()
    {
        var page = fixture.Site.Page(ArticlePath);
        var order = page.QuerySelectorAll(".notes .note-number").Select(n => int.Parse(n.TextContent)).ToList();
        Assert.Equal(Enumerable.Range(1, order.Count), order);
        // The stylesheet draws each reference's number from data-number; the link's text is empty and its name is its label.
        var refs = page.QuerySelectorAll("a.note-ref").ToList();
        Assert.All(refs, r => Assert.Equal("", r.TextContent));
        var numbers = refs.Select(r => int.Parse(r.GetAttribute("data-number")!)).ToList();
        Assert.Equal(Enumerable.Range(1, order.Count), numbers.Order());
        Assert.All(refs, r => Assert.Equal($"註 {r.GetAttribute("data-number")}", r.GetAttribute("aria-label")));
    }

    [Fact]
    public void The_json_ld_export_parses_and_every_selector_picks_its_highlighted_passage_on_the_served_page()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Site.OutputDirectory, "annotations.jsonld")));
        var root = json.RootElement;
        Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
        var items = root.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(fixture.Report.Catalog!.AnchorsById.Count, items.Count);
        var page = fixture.Site.Page(ArticlePath);
        foreach (var item in items)
        {
            var target = item.GetProperty("target");
            Assert.EndsWith(ArticlePath, target.GetProperty("source").GetString());
            var resolved = ServedSelectors.Resolve(page, item);
            var id = item.GetProperty("id").GetString();
            Assert.True(resolved.QuoteMatches == 1, $"{id}: the quote with its context occurs {resolved.QuoteMatches} times in its scope");
            Assert.True(resolved.Marks.Start >= 0, $"{id}: no highlighted passage in the selectors' scope");
            Assert.Equal(resolved.Marks, resolved.ByQuote);
            Assert.Equal(resolved.Marks, resolved.ByPosition);
            Assert.Equal("text/html", item.GetProperty("body").GetProperty("format").GetString());
            Assert.Equal("zh-Hant", item.GetProperty("body").GetProperty("language").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", item.GetProperty("created").GetString());
        }
    }

    [Fact]
    public void Exported_note_bodies_link_with_absolute_urls()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Site.OutputDirectory, "annotations.jsonld")));
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var hrefs = json.RootElement.GetProperty("first").GetProperty("items").EnumerateArray()
            .SelectMany(i => parser.ParseDocument(i.GetProperty("body").GetProperty("value").GetString()!).QuerySelectorAll("a[href]"))
            .Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(hrefs.Count > 100, $"only {hrefs.Count} links");
        Assert.All(hrefs, href => Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http"), href));
        Assert.Contains(hrefs, h => h.StartsWith("https://example.org/countries/", StringComparison.Ordinal));
    }
}
