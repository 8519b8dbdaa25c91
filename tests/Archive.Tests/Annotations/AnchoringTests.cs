using System.Text.Json;
using AngleSharp.Dom;
using Archive.Tests.Support;

namespace Archive.Tests.Annotations;

/// <summary>Quotes anchored on the rendered text: across markup, overlapping, after astral characters; and the errors.</summary>
public sealed class AnchoringTests
{
    const string Article = """
        ---
        title: 測試文章
        date: 2025-12-14
        countries: [japan]
        ---

        日本航空自衛隊戰機趨近偵查，遭到**遼寧號起飛**的[戰機](https://example.com/)兩度雷達照射。

        第二段：雷達照射再次出現，雷達照射也出現在這裡。

        𠀀𠀁 之後的引文在此。
        """;

    static TestSite NewSite()
    {
        var site = new TestSite();
        site.Write("articles/a.md", Article);
        site.WriteTerm("countries", "japan", "日本", "Japan");
        return site;
    }

    static string Note(string quote, string extra = "") => $"---\nquote: \"{quote}\"\n{extra}countries: [japan]\n---\n註解內文。\n";

    static IElement NoteRef(IDocument page, string id) => page.QuerySelector($"a.note-ref[href='#note-{id}']")!;

    [Fact]
    public void A_quote_across_bold_and_a_link_is_highlighted_exactly()
    {
        using var site = NewSite();
        site.Write("annotations/a/cross.md", Note("遭到遼寧號起飛的戰機兩度"));
        site.BuildOk();
        var page = site.Page("/articles/a/");
        var marks = page.QuerySelectorAll("mark[data-notes~='cross']");
        Assert.Equal("遭到遼寧號起飛的戰機兩度", string.Concat(marks.Select(m => m.TextContent)));
        Assert.True(marks.Length >= 4); // at least plain, bold, link text, plain: one mark per piece, each well nested
        Assert.Contains(marks, m => m.ParentElement!.LocalName == "strong");
        Assert.Contains(marks, m => m.ParentElement!.LocalName == "a");
        Assert.Equal("passage-cross", marks[0].Id);
    }

    [Fact]
    public void Overlapping_and_nested_quotes_all_render_and_stay_reachable()
    {
        using var site = NewSite();
        site.Write("annotations/a/outer.md", Note("趨近偵查，遭到遼寧號"));
        site.Write("annotations/a/inner.md", Note("偵查"));
        site.Write("annotations/a/overlap.md", Note("遼寧號起飛"));
        site.BuildOk();
        var page = site.Page("/articles/a/");
        foreach (var id in new[] { "outer", "inner", "overlap" })
        {
            Assert.NotNull(page.GetElementById($"passage-{id}"));
            var note = page.GetElementById($"note-{id}");
            Assert.NotNull(note);
            Assert.NotNull(NoteRef(page, id));
            // The note links back to the passage.
            Assert.Equal($"/articles/a/#passage-{id}", note!.QuerySelector("a.note-number")!.GetAttribute("href"));
        }
        var both = page.QuerySelectorAll("mark.passage-overlap").Select(m => m.GetAttribute("data-notes")).ToList();
        Assert.Contains("outer inner", both.Select(b => string.Join(' ', b!.Split(' ').Order().Reverse())));
        Assert.Equal("遼寧號", string.Concat(page.QuerySelectorAll("mark[data-notes~='outer'][data-notes~='overlap']").Select(m => m.TextContent)));
        // Numbers follow reading order of the passages' starts.
        Assert.Equal(["1", "2", "3"], page.QuerySelectorAll(".notes .note-number").Select(n => n.TextContent.Trim()).ToArray());
    }

    [Fact]
    public void Extension_B_characters_count_as_one_code_point()
    {
        using var site = NewSite();
        site.Write("annotations/a/astral.md", Note("之後的引文"));
        site.BuildOk();
        Assert.Equal("之後的引文", site.Page("/articles/a/").QuerySelector("mark[data-notes='astral']")!.TextContent);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "annotations.jsonld")));
        var selectors = json.RootElement.GetProperty("first").GetProperty("items")[0].GetProperty("target").GetProperty("selector");
        var position = selectors.EnumerateArray().Select(s => s.GetProperty("refinedBy")).Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
        // Counted in the paragraph that holds the quote: "𠀀𠀁 " is three code points (five UTF-16 units) before it.
        Assert.Equal(3, position.GetProperty("start").GetInt32());
        Assert.Equal(8, position.GetProperty("end").GetInt32());
        var quote = selectors.EnumerateArray().Select(s => s.GetProperty("refinedBy")).Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
        Assert.Equal("𠀀𠀁 ", quote.GetProperty("prefix").GetString());
    }

    [Fact]
    public void A_quote_across_two_paragraphs_keeps_both_in_one_scope_that_its_selectors_name()
    {
        using var site = NewSite();
        site.Write("annotations/a/across.md", Note("兩度雷達照射。\\n第二段"));
        site.Write("annotations/a/later.md", Note("也出現在這裡"));
        site.BuildOk();
        var page = site.Page("/articles/a/");
        var scope = page.QuerySelector("mark[data-notes~='across']")!.Closest(".annotated-text")!;
        Assert.Equal("text-across", scope.Id);
        Assert.Equal(2, scope.QuerySelectorAll("p").Length);
        Assert.NotNull(scope.QuerySelector("mark[data-notes~='later']"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "annotations.jsonld")));
        foreach (var item in json.RootElement.GetProperty("first").GetProperty("items").EnumerateArray())
        {
            var resolved = ServedSelectors.Resolve(page, item);
            Assert.Equal(1, resolved.QuoteMatches);
            Assert.Equal(resolved.Marks, resolved.ByQuote);
            Assert.Equal(resolved.Marks, resolved.ByPosition);
        }
    }

    [Theory]
    [InlineData("a𠀀b", 4, 2, "𠀀b")]
    [InlineData("a𠀀b", 4, 1, "b")]
    [InlineData("𠀀", 2, 5, "𠀀")]
    public void Context_before_a_passage_never_splits_a_surrogate_pair(string text, int index, int codePoints, string expected) =>
        Assert.Equal(expected, Archive.Annotations.QuoteContext.Before(text, index, codePoints));

    [Theory]
    [InlineData("a😀b", 0, 2, "a😀")]
    [InlineData("😀😀", 0, 1, "😀")]
    [InlineData("ab", 1, 5, "b")]
    public void Context_after_a_passage_never_splits_a_surrogate_pair(string text, int index, int codePoints, string expected) =>
        Assert.Equal(expected, Archive.Annotations.QuoteContext.After(text, index, codePoints));

    [Fact]
    public void The_default_context_of_32_code_points_keeps_an_extension_B_character_whole()
    {
        // 31 BMP characters and one astral one before the quote: cut in UTF-16 units, 32 would split the pair.
        var before = "𠀀" + new string('一', 31);
        using var site = new TestSite();
        site.Write("articles/b.md", $"---\ntitle: 乙\ndate: 2025-12-14\n---\n\n{before}引文在此。\n");
        site.Write("annotations/b/n.md", "---\nquote: 引文\n---\n註。\n");
        site.BuildOk();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "annotations.jsonld")));
        var quote = json.RootElement.GetProperty("first").GetProperty("items")[0].GetProperty("target").GetProperty("selector")[0].GetProperty("refinedBy");
        Assert.Equal(before, quote.GetProperty("prefix").GetString());
        var resolved = ServedSelectors.Resolve(site.Page("/articles/b/"), json.RootElement.GetProperty("first").GetProperty("items")[0]);
        Assert.Equal(resolved.Marks, resolved.ByPosition);
    }

    [Fact]
    public void A_misspelled_quote_names_the_closest_passage_and_its_line()
    {
        using var site = NewSite();
        site.Write("annotations/a/typo.md", Note("遭到遼寧艦起飛"));
        var d = site.Build().Single("QUOTE_NOT_FOUND");
        Assert.Equal(("input/annotations/a/typo.md", 2), (d.Location.File, d.Location.Line));
        Assert.Contains("遭到遼寧號起飛", d.Fix);
        Assert.Contains("input/articles/a.md:7:", d.Fix);
    }

    [Fact]
    public void An_ambiguous_quote_lists_each_occurrence_with_a_prefix_or_suffix()
    {
        using var site = NewSite();
        site.Write("annotations/a/twice.md", Note("雷達照射"));
        var d = site.Build().Single("QUOTE_AMBIGUOUS");
        Assert.Contains("line 7", d.Fix);
        Assert.Contains("line 9", d.Fix);
        Assert.Contains("prefix: \"度\"", d.Fix);
        Assert.Contains("prefix: \"：\"", d.Fix);
    }

    [Fact]
    public void A_prefix_picks_one_occurrence()
    {
        using var site = NewSite();
        site.Write("annotations/a/second.md", Note("雷達照射", "prefix: \"，\"\n"));
        site.BuildOk();
        var mark = site.Page("/articles/a/").QuerySelector("mark[data-notes='second']")!;
        Assert.Contains("也出現在這裡", mark.ParentElement!.TextContent);
        Assert.Equal("，", mark.PreviousSibling!.TextContent[^1..]);
    }

    [Fact]
    public void A_note_for_an_unknown_article_is_an_error_naming_the_closest()
    {
        using var site = NewSite();
        site.Write("annotations/b/orphan.md", Note("雷達照射"));
        var d = site.Build().Single("ARTICLE_UNKNOWN");
        Assert.Equal("input/annotations/b/orphan.md", d.Location.File);
        Assert.Contains("`a`", d.Fix);
    }

    [Fact]
    public void An_empty_quote_is_an_error()
    {
        using var site = NewSite();
        site.Write("annotations/a/empty.md", "---\nquote: \"\"\n---\n內文\n");
        var d = site.Build().Single("QUOTE_EMPTY");
        Assert.Equal(2, d.Location.Line);
    }
}
