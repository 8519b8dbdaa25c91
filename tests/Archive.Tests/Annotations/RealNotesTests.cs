using System.Text.Json;
using Archive.Tests.Sites;

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
        var refs = page.QuerySelectorAll("a.note-ref").Select(r => int.Parse(r.TextContent)).ToList();
        Assert.Equal(refs.Order(), refs.Order()); // each number once
        Assert.Equal(order.Count, refs.Distinct().Count());
    }

    [Fact]
    public void The_json_ld_export_parses_and_every_selector_occurs_in_its_article()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Site.OutputDirectory, "annotations.jsonld")));
        var root = json.RootElement;
        Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
        var items = root.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 20);
        var articleText = fixture.Report.Catalog!.Articles.Single().Text.Joined;
        foreach (var item in items)
        {
            var target = item.GetProperty("target");
            Assert.EndsWith(ArticlePath, target.GetProperty("source").GetString());
            var quote = target.GetProperty("selector").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
            var exact = quote.GetProperty("exact").GetString()!;
            var context = quote.GetProperty("prefix").GetString() + exact + quote.GetProperty("suffix").GetString();
            Assert.Contains(context, articleText);
            Assert.Equal("text/html", item.GetProperty("body").GetProperty("format").GetString());
            Assert.Equal("zh-Hant", item.GetProperty("body").GetProperty("language").GetString());
        }
    }
}
