using System.Text.Json;
using AngleSharp.Dom;
using Archive.Tests.Support;

namespace Archive.Tests.Revisions;

/// <summary>What a reader sees of a revised article: its versions and diffs, the changed note's marker, the orphans, the export.</summary>
public sealed class RevisionPageTests
{
    static TestSite Built()
    {
        var site = RevisedArticle.Site();
        site.Write("articles/b.md", "---\ntitle: 乙\ndate: 2025-12-01\ncountries: [japan]\n---\n\n從未修訂的文章。\n");
        site.Write("annotations/b/link.md", "---\nquote: 從未修訂\ncountries: [japan]\n---\n參見[已刪去段落的註](xref:annotations/accepted)。\n");
        site.BuildOk();
        return site;
    }

    static string Text(IEnumerable<IElement> elements) => string.Join("|", elements.Select(e => e.TextContent));

    [Fact]
    public void The_revisions_page_lists_every_version_and_marks_each_change_with_ins_and_del()
    {
        using var site = Built();
        var page = site.Page("/articles/a/revisions/");
        Assert.Equal("zh-Hant", page.DocumentElement.GetAttribute("lang"));
        var versions = page.QuerySelectorAll("ol.versions > li");
        Assert.Equal(2, versions.Length);
        Assert.Equal("2025-12-07", versions[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("初版。其後更正照射次數", versions[0].QuerySelector(".version-note")!.TextContent);
        Assert.Equal("#diff-2025-12-07", versions[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("現行版本", versions[1].TextContent);
        Assert.Equal("2025-12-09", versions[1].QuerySelector("time")!.GetAttribute("datetime"));

        var diff = page.GetElementById("diff-2025-12-07")!;
        Assert.Equal("zh-Hant", diff.QuerySelector(".diff")!.GetAttribute("lang"));
        Assert.Equal("兩|東京提出嚴正抗議。|韓國外交部未發表評論。|會談持續兩小時", Text(diff.QuerySelectorAll("del")));
        Assert.Equal("三|東京提出嚴正抗議|¶", Text(diff.QuerySelectorAll("ins")));
        Assert.NotNull(diff.QuerySelector("ins.diff-break"));
        // Each changed paragraph read without its deletions is the current text's paragraph; unchanged ones are counted.
        var first = diff.QuerySelector(".diff p")!;
        var kept = string.Concat(first.ChildNodes.Where(n => n is not IElement { LocalName: "del" }).Select(n => n.TextContent));
        Assert.Equal("日本防衛省十二月七日表示，中國航艦遼寧號的殲十五戰機六日三度以雷達照射日本航空自衛隊戰機。", kept);
        Assert.Equal("（1 段未改動）", diff.QuerySelector(".diff-unchanged")!.TextContent);
    }

    [Fact]
    public void The_article_says_how_often_it_was_revised_and_links_to_its_versions()
    {
        using var site = Built();
        var revised = site.Page("/articles/a/").QuerySelector(".article-header .revised")!;
        Assert.Contains("修訂過 1 次", revised.TextContent);
        Assert.Equal("/articles/a/revisions/", revised.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(site.Page("/articles/b/").QuerySelector(".revised"));
        Assert.False(site.Exists("/articles/b/revisions/index.html"));
    }

    [Fact]
    public void A_changed_note_sits_on_the_new_passage_with_a_marker_linking_to_its_diff()
    {
        using var site = Built();
        var page = site.Page("/articles/a/");
        Assert.Equal("六日三度以雷達照射", string.Concat(page.QuerySelectorAll("mark[data-notes~='changed']").Select(m => m.TextContent)));
        Assert.Equal("東京提出嚴正抗議", string.Concat(page.QuerySelectorAll("mark[data-notes~='moved']").Select(m => m.TextContent)));
        var marker = page.GetElementById("note-changed")!.QuerySelector(".note-changed a")!;
        Assert.Equal("/articles/a/revisions/#diff-2025-12-07", marker.GetAttribute("href"));
        Assert.Contains("原文已修改", marker.TextContent);
        // The note keeps the words it was written on; exact and moved notes carry no marker.
        Assert.Contains("六日兩度以雷達照射", page.GetElementById("note-changed")!.QuerySelector(".note-quote")!.TextContent);
        Assert.Null(page.GetElementById("note-moved")!.QuerySelector(".note-changed"));
        Assert.Null(page.GetElementById("note-exact")!.QuerySelector(".note-changed"));
        Assert.NotNull(site.Page("/annotations/changed/").QuerySelector(".note-changed a[href='/articles/a/revisions/#diff-2025-12-07']"));
    }

    [Fact]
    public void An_accepted_orphan_is_listed_after_the_text_under_its_original_quote_and_links_reach_it()
    {
        using var site = Built();
        var page = site.Page("/articles/a/");
        var orphan = page.QuerySelector("section.orphan-notes #note-accepted")!;
        Assert.Contains("「會談持續兩小時」", orphan.QuerySelector(".note-quote")!.TextContent);
        Assert.Equal("2025-12-07", orphan.QuerySelector(".note-version time")!.GetAttribute("datetime"));
        Assert.Equal("/articles/a/revisions/#diff-2025-12-07", orphan.QuerySelector(".note-version a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("mark[data-notes~='accepted']"));
        Assert.False(site.Exists("/annotations/accepted/index.html"));
        Assert.NotNull(site.Page("/annotations/link/").QuerySelector("a[href='/articles/a/#note-accepted']"));
    }

    [Fact]
    public void The_export_says_which_version_a_note_was_written_on_beside_selectors_on_the_current_text()
    {
        using var site = Built();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "annotation-pages", "1.jsonld")));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!.Split('/')[^2]);
        var changed = items["changed"].GetProperty("target");
        // Each selector is scoped to the element of the article's text that holds the passage, refined by quote or position.
        Assert.Equal("六日三度以雷達照射", changed.GetProperty("selector")[0].GetProperty("refinedBy").GetProperty("exact").GetString());
        Assert.Equal("TimeState", changed.GetProperty("state").GetProperty("type").GetString());
        Assert.Equal("2025-12-07T00:00:00Z", changed.GetProperty("state").GetProperty("sourceDate").GetString());
        var position = changed.GetProperty("selector")[1].GetProperty("refinedBy");
        // Positions count code points of the scoped element's text: here the first paragraph, so from the text's start.
        Assert.Equal("六日三度以雷達照射", RevisedArticle.Current[position.GetProperty("start").GetInt32()..position.GetProperty("end").GetInt32()]);
        Assert.False(items["today"].GetProperty("target").TryGetProperty("state", out _));
        Assert.False(items.ContainsKey("accepted"));
    }
}
