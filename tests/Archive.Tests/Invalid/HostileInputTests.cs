using System.Text;
using Archive.Tests.Support;

namespace Archive.Tests.Invalid;

/// <summary>
/// Malformed input, tried as a hostile editor would: each case gets its exact diagnostic (code, file, line), and the
/// last good output/ stays byte for byte as it was.
/// </summary>
public sealed class HostileInputTests
{
    const string GoodArticle = "---\ntitle: 好文章\ndate: 2025-12-14\ncountries: [japan]\nincidents: [radar]\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n\n第二段文字。\n";
    const string GoodNote = "---\nquote: 雷達照射\ncountries: [japan]\nincidents: [radar]\n---\n見[事件](xref:incidents/radar)。\n";
    const string GoodCountry = "---\nname: 日本\nname_en: Japan\n---\n日本。\n";
    const string GoodIncident = "---\nname: 雷達照射事件\nname_en: Radar lock-on\ndate: 2025-12-06\ncountries: [japan]\n---\n事件。\n";

    static TestSite GoodSite()
    {
        var site = new TestSite();
        site.Write("articles/a.md", GoodArticle);
        site.Write("annotations/a/n1.md", GoodNote);
        site.Write("tags/countries/japan.md", GoodCountry);
        site.Write("tags/incidents/radar.md", GoodIncident);
        return site;
    }

    public sealed record Case(string Name, Action<TestSite> Break, string Code, string File, int Line)
    {
        public override string ToString() => Name;
    }

    static Action<TestSite> Write(string path, string text) => site => site.Write(path, text);
    static Action<TestSite> WriteBytes(string path, byte[] bytes) => site =>
    {
        var full = Path.Combine(site.InputDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    };

    static Action<TestSite> Fifo(string path) => site =>
    {
        var full = Path.Combine(site.InputDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", full);
        mkfifo.WaitForExit();
    };
    static Action<TestSite> Link(string path, string target) => site =>
    {
        var full = Path.Combine(site.InputDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    };
    const string WithOriginal = "original: sources/a.txt\ntitle:";

    public static TheoryData<Case> Cases => new()
    {
        // Input built to crash the process: each is a diagnostic instead.
        new("200 KB of nested YAML lists", Write("articles/a.md", "---\ntitle: " + new string('[', 100_000) + new string(']', 100_000) + "\ndate: 2025-12-14\n---\n內文\n"), "YAML_INVALID", "input/articles/a.md", 2),
        new("deeply nested YAML mappings", Write("annotations/a/n1.md", "---\nquote: 雷達照射\nx:\n" + string.Concat(Enumerable.Range(1, 40).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 41) + "v\n---\n註。\n"), "YAML_INVALID", "input/annotations/a/n1.md", 35),
        new("100,000 > in an article", Write("articles/a.md", GoodArticle + "\n" + new string('>', 100_000) + " 引文\n"), "MARKDOWN_TOO_DEEP", "input/articles/a.md", 12),
        new("100,000 [ in a note", Write("annotations/a/n1.md", GoodNote + "\n" + new string('[', 100_000) + "註\n"), "MARKDOWN_TOO_DEEP", "input/annotations/a/n1.md", 8),
        new("50,000 nested list items in a term", Write("tags/countries/japan.md", GoodCountry + "\n" + string.Concat(Enumerable.Repeat("- ", 50_000)) + "項\n"), "MARKDOWN_TOO_DEEP", "input/tags/countries/japan.md", 7),
        new("an original linked to /dev/zero", Write("articles/a.md", GoodArticle.Replace("title:", WithOriginal)).Then(Link("sources/a.txt", "/dev/zero")), "FILE_OUTSIDE_INPUT", "input/sources/a.txt", 1),
        new("an original that is a FIFO", Write("articles/a.md", GoodArticle.Replace("title:", WithOriginal)).Then(Fifo("sources/a.txt")), "FILE_NOT_REGULAR", "input/sources/a.txt", 1),
        new("an article that is a FIFO", Fifo("articles/b.md"), "FILE_NOT_REGULAR", "input/articles/b.md", 1),
        new("a note linked to a file outside input/", Link("annotations/a/n2.md", "/etc/hostname"), "FILE_OUTSIDE_INPUT", "input/annotations/a/n2.md", 1),
        new("invalid YAML", Write("articles/a.md", "---\ntitle: [好文章\ndate: 2025-12-14\n---\n內文\n"), "YAML_INVALID", "input/articles/a.md", 2),
        new("a tab indenting YAML", Write("articles/a.md", "---\ntitle: 好文章\ncountries:\n\t- japan\ndate: 2025-12-14\n---\n內文\n"), "YAML_INVALID", "input/articles/a.md", 4),
        new("front matter never closed", Write("articles/a.md", "---\ntitle: 好文章\ndate: 2025-12-14\n\n內文\n"), "FRONT_MATTER_UNCLOSED", "input/articles/a.md", 1),
        new("no front matter at all", Write("articles/a.md", "日本航空自衛隊戰機遭到雷達照射。\n"), "FRONT_MATTER_MISSING", "input/articles/a.md", 1),
        new("an empty file", Write("articles/a.md", ""), "FRONT_MATTER_MISSING", "input/articles/a.md", 1),
        new("front matter that is a list", Write("articles/a.md", "---\n- title\n- date\n---\n內文\n"), "FRONT_MATTER_INVALID", "input/articles/a.md", 2),
        new("missing title", Write("articles/a.md", GoodArticle.Replace("title: 好文章\n", "")), "FIELD_MISSING", "input/articles/a.md", 1),
        new("a title that is a list", Write("articles/a.md", GoodArticle.Replace("title: 好文章", "title: [好, 文章]")), "FIELD_INVALID", "input/articles/a.md", 2),
        new("an impossible date", Write("articles/a.md", GoodArticle.Replace("2025-12-14", "2025-02-30")), "DATE_INVALID", "input/articles/a.md", 3),
        new("a date in the wrong format", Write("articles/a.md", GoodArticle.Replace("2025-12-14", "14/12/2025")), "DATE_INVALID", "input/articles/a.md", 3),
        new("an unknown taxonomy key", Write("articles/a.md", GoodArticle.Replace("countries:", "countrys:")), "KEY_UNKNOWN", "input/articles/a.md", 4),
        new("an unknown term", Write("articles/a.md", GoodArticle.Replace("[japan]", "[japna]")), "TERM_UNKNOWN", "input/articles/a.md", 4),
        new("two files claiming one note id", Write("articles/b.md", GoodArticle).Then(Write("annotations/b/n1.md", GoodNote)), "SLUG_DUPLICATE", "input/annotations/b/n1.md", 1),
        new("an upper-case slug", Write("articles/Bad_Name.md", GoodArticle), "SLUG_INVALID", "input/articles/Bad_Name.md", 1),
        new("dots in a slug", Write("articles/a..b.md", GoodArticle), "SLUG_INVALID", "input/articles/a..b.md", 1),
        new("invalid UTF-8", WriteBytes("articles/a.md", [.. Encoding.UTF8.GetBytes("---\ntitle: 好\ndate: 2025-12-14\n---\n"), 0xE6, 0x97, 0x0A]), "ENCODING_INVALID", "input/articles/a.md", 5),
        new("a 50 MB file", WriteBytes("articles/huge.md", Encoding.UTF8.GetBytes("---\ntitle: 大\ndate: 2025-12-14\n---\n" + new string('字', 50 * 1024 * 1024 / 3))), "FILE_TOO_LARGE", "input/articles/huge.md", 1),
        new("../ in a cross-link", Write("annotations/a/n1.md", GoodNote.Replace("xref:incidents/radar", "xref:incidents/../../etc/passwd")), "XREF_INVALID", "input/annotations/a/n1.md", 6),
        new("a cross-link to nothing", Write("annotations/a/n1.md", GoodNote.Replace("xref:incidents/radar", "xref:incidents/radr")), "XREF_NOT_FOUND", "input/annotations/a/n1.md", 6),
        new("a cross-link of an unknown kind", Write("annotations/a/n1.md", GoodNote.Replace("xref:incidents/radar", "xref:people/radar")), "XREF_NOT_FOUND", "input/annotations/a/n1.md", 6),
        new("an annotation folder for no article", Write("annotations/zz/n2.md", GoodNote), "ARTICLE_UNKNOWN", "input/annotations/zz/n2.md", 1),
        new("a quote not in the article", Write("annotations/a/n1.md", GoodNote.Replace("quote: 雷達照射", "quote: 雷射照達")), "QUOTE_NOT_FOUND", "input/annotations/a/n1.md", 2),
        new("a quote found twice", Write("annotations/a/n1.md", GoodNote.Replace("quote: 雷達照射", "quote: 段")).Then(Write("articles/a.md", GoodArticle.Replace("第二段文字", "第二段文字，第三段"))), "QUOTE_AMBIGUOUS", "input/annotations/a/n1.md", 2),
        new("an empty quote", Write("annotations/a/n1.md", GoodNote.Replace("quote: 雷達照射", "quote: \"  \"")), "QUOTE_EMPTY", "input/annotations/a/n1.md", 2),
        new("a note without a quote", Write("annotations/a/n1.md", GoodNote.Replace("quote: 雷達照射\n", "")), "FIELD_MISSING", "input/annotations/a/n1.md", 1),
        new("a source without a URL", Write("annotations/a/n1.md", GoodNote.Replace("countries:", "sources:\n  - title: 出處\ncountries:")), "FIELD_INVALID", "input/annotations/a/n1.md", 4),
        new("a source URL that is not absolute", Write("annotations/a/n1.md", GoodNote.Replace("countries:", "sources:\n  - title: 出處\n    url: www.example.com\ncountries:")), "URL_INVALID", "input/annotations/a/n1.md", 4),
        new("a term in an undeclared taxonomy", Write("tags/people/takaichi.md", GoodCountry), "TAXONOMY_UNKNOWN", "input/tags/people/takaichi.md", 1),
        new("an incident without a date", Write("tags/incidents/radar.md", GoodIncident.Replace("date: 2025-12-06\n", "")), "FIELD_MISSING", "input/tags/incidents/radar.md", 1),
        new("an incident ending before it starts", Write("tags/incidents/radar.md", GoodIncident.Replace("date: 2025-12-06", "date: 2025-12-06\nend: 2025-12-01")), "DATE_INVALID", "input/tags/incidents/radar.md", 5),
        new("an original that does not exist", Write("articles/a.md", GoodArticle.Replace("title:", "original: sources/missing.txt\ntitle:")), "ORIGINAL_NOT_FOUND", "input/articles/a.md", 1),
        new("an original outside input/", Write("articles/a.md", GoodArticle.Replace("title:", "original: ../../../../etc/passwd\ntitle:")), "ORIGINAL_NOT_FOUND", "input/articles/a.md", 1),
        new("a duplicate key", Write("articles/a.md", GoodArticle.Replace("date: 2025-12-14", "date: 2025-12-14\ntitle: 又一個")), "YAML_INVALID", "input/articles/a.md", 4),
        new("site.yml with invalid YAML", Write("site.yml", "title: 測試\ntaxonomies: [\n  - key: countries\n"), "YAML_INVALID", "input/site.yml", 3),
        new("site.yml without taxonomies", Write("site.yml", "title: 測試\n"), "SITE_INVALID", "input/site.yml", 1),
        new("a broken link in a note", Write("annotations/a/n1.md", GoodNote + "\n見[壞連結](/nowhere/)\n"), "LINK_BROKEN", "input/annotations/a/n1.md", 8),
        new("a link to no id on its own page", Write("annotations/a/n1.md", GoodNote + "\n見[這裡](#nowhere)\n"), "LINK_BROKEN", "input/annotations/a/n1.md", 8),
        new("a link to no id on another page", Write("annotations/a/n1.md", GoodNote + "\n見[原文](/articles/a/#nowhere)\n"), "LINK_BROKEN", "input/annotations/a/n1.md", 8),
        new("a percent-escaped link to no file", Write("annotations/a/n1.md", GoodNote + "\n見[無](/articles/%E7%84%A1/)\n"), "LINK_BROKEN", "input/annotations/a/n1.md", 8),
        new("a broken link in a term description", Write("tags/countries/japan.md", GoodCountry + "\n[壞](/nowhere/)\n"), "LINK_BROKEN", "input/tags/countries/japan.md", 7),
        // Text that is not in the original is never published.
        new("an HTML block in an article", Write("articles/a.md", GoodArticle + "\n<p>FABRICATED</p>\n"), "HTML_IN_ARTICLE", "input/articles/a.md", 12),
        new("inline HTML in an article", Write("articles/a.md", GoodArticle.Replace("第二段文字。", "第二段<span>文字</span>。")), "HTML_IN_ARTICLE", "input/articles/a.md", 10),
        new("a fenced code block in an article", Write("articles/a.md", GoodArticle.Replace("title:", "original: sources/a.txt\ntitle:") + "\n```\nFABRICATED\n```\n").Then(Write("sources/a.txt", "日本航空自衛隊戰機遭到雷達照射。\n\n第二段文字。\n")), "FIDELITY_MISMATCH", "input/articles/a.md", 13),
        new("an indented code block in an article", Write("articles/a.md", GoodArticle.Replace("title:", "original: sources/a.txt\ntitle:") + "\n    FABRICATED\n").Then(Write("sources/a.txt", "日本航空自衛隊戰機遭到雷達照射。\n\n第二段文字。\n")), "FIDELITY_MISMATCH", "input/articles/a.md", 13),
        // Raw HTML in notes is an allow-list; everything else is an error where it was written.
        new("a script in a note", Write("annotations/a/n1.md", GoodNote + "\n<script>alert(1)</script>\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("an event handler in a note", Write("annotations/a/n1.md", GoodNote + "\n註<img src=x onerror=alert(1)>\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("a meta refresh in a note", Write("annotations/a/n1.md", GoodNote + "\n<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("an iframe in a note", Write("annotations/a/n1.md", GoodNote + "\n<iframe src=\"https://evil.example/\"></iframe>\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("an object in a note", Write("annotations/a/n1.md", GoodNote + "\n註<object data=\"x.swf\"></object>\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("a base element in a note", Write("annotations/a/n1.md", GoodNote + "\n註<base href=\"https://evil.example/\">\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("a form in a note", Write("annotations/a/n1.md", GoodNote + "\n<form action=\"https://evil.example/\"><input name=q></form>\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("a style attribute in a note", Write("annotations/a/n1.md", GoodNote + "\n註<span style=\"position:fixed\">蓋住</span>\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("a ping attribute in a note", Write("annotations/a/n1.md", GoodNote + "\n註<a href=\"/\" ping=\"https://evil.example/\">首頁</a>\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("a single-quoted handler on an allowed element", Write("annotations/a/n1.md", GoodNote + "\n註<abbr title='x' onclick='alert(1)'>北約</abbr>\n"), "HTML_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("a script in a term description", Write("tags/countries/japan.md", GoodCountry + "\n<script>alert(1)</script>\n"), "HTML_NOT_ALLOWED", "input/tags/countries/japan.md", 7),
        new("a javascript: link in a note", Write("annotations/a/n1.md", GoodNote + "\n見[這裡](javascript:alert(1))\n"), "URL_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("a data: link in a note", Write("annotations/a/n1.md", GoodNote + "\n見[這裡](data:text/html,<script>alert(1)</script>)\n"), "URL_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
        new("an image from another host in a note", Write("annotations/a/n1.md", GoodNote + "\n![](https://tracker.example.com/p.gif)\n"), "URL_NOT_ALLOWED", "input/annotations/a/n1.md", 8),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_bad_input_gets_its_diagnostic_and_leaves_output_untouched(Case c)
    {
        using var site = GoodSite();
        site.BuildOk();
        var before = OutputSnapshot.Of(site.OutputDirectory);

        c.Break(site);
        var report = site.Build();

        Assert.False(report.Succeeded, $"{c.Name}: the build should fail");
        var d = report.Diagnostics.FirstOrDefault(d => d.Code == c.Code);
        Assert.True(d is not null, $"{c.Name}: expected {c.Code}, got:\n" + string.Join("\n", report.Diagnostics));
        Assert.Equal((c.File, c.Line), (d!.Location.File, d.Location.Line));
        Assert.False(string.IsNullOrWhiteSpace(d.Fix));
        Assert.Equal(before, OutputSnapshot.Of(site.OutputDirectory));
    }

    [Fact]
    public void A_hundred_thousand_stars_are_text_not_a_crash()
    {
        using var site = GoodSite();
        site.Write("annotations/a/n1.md", GoodNote + "\n" + new string('*', 100_000) + "註\n");
        site.BuildOk();
        Assert.Contains("註", site.Page("/annotations/n1/").QuerySelector(".note-body")!.TextContent);
    }

    [Fact]
    public void A_link_to_another_file_inside_input_is_content_like_any_other()
    {
        using var site = GoodSite();
        File.Delete(Path.Combine(site.InputDirectory, "annotations", "a", "n1.md"));
        site.Write("drafts/n1.md", GoodNote);
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "annotations", "a", "n1.md"), Path.Combine(site.InputDirectory, "drafts", "n1.md"));
        site.BuildOk();
        Assert.NotNull(site.Page("/articles/a/").GetElementById("passage-n1"));
    }

    [Fact]
    public void Allowed_HTML_is_published_as_the_parser_reads_it_whatever_the_quoting()
    {
        using var site = GoodSite();
        site.Write("annotations/a/n1.md", GoodNote + "\n<abbr title='North Atlantic Treaty Organization'>北約</abbr>、<abbr title=NATO lang=en>NATO</abbr>、<ruby>小泉<rt>こいずみ</rt></ruby>、H<sub>2</sub>O<!-- 編者自註 -->\n");
        site.BuildOk();
        var body = site.Page("/annotations/n1/").QuerySelector(".note-body")!;
        var abbrs = body.QuerySelectorAll("abbr");
        Assert.Equal(["North Atlantic Treaty Organization", "NATO"], abbrs.Select(a => a.GetAttribute("title")));
        Assert.Equal("en", abbrs[1].GetAttribute("lang"));
        Assert.Equal("こいずみ", body.QuerySelector("ruby rt")!.TextContent);
        Assert.Equal("2", body.QuerySelector("sub")!.TextContent);
        Assert.DoesNotContain("編者自註", body.InnerHtml);
        var html = File.ReadAllText(Path.Combine(site.OutputDirectory, "annotations", "n1", "index.html"));
        Assert.Contains("<abbr title=\"NATO\" lang=\"en\">", html);
        // The Web Annotation export carries the same rewritten markup.
        Assert.Contains("<abbr title=\\\"NATO\\\" lang=\\\"en\\\">", File.ReadAllText(Path.Combine(site.OutputDirectory, "annotations.jsonld")));
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_endings_work()
    {
        using var site = GoodSite();
        site.Write("articles/a.md", "");
        File.WriteAllBytes(Path.Combine(site.InputDirectory, "articles", "a.md"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(GoodArticle.Replace("\n", "\r\n"))]);
        File.WriteAllText(Path.Combine(site.InputDirectory, "annotations", "a", "n1.md"), GoodNote.Replace("\n", "\r\n"));
        site.BuildOk();
        Assert.Equal("好文章", site.Page("/articles/a/").QuerySelector("h1")!.TextContent);
        Assert.NotNull(site.Page("/articles/a/").GetElementById("passage-n1"));
    }

    [Fact]
    public void Html_and_script_in_a_title_are_escaped_not_executed()
    {
        using var site = GoodSite();
        site.Write("articles/a.md", GoodArticle.Replace("title: 好文章", "title: \"<script>alert(1)</script><b>粗</b>\""));
        site.BuildOk();
        var page = site.Page("/articles/a/");
        Assert.Equal("<script>alert(1)</script><b>粗</b>", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        var html = File.ReadAllText(Path.Combine(site.OutputDirectory, "articles", "a", "index.html"));
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Empty(page.QuerySelectorAll("h1 b"));
    }

    [Fact]
    public async Task A_symlink_loop_under_input_does_not_hang_the_build()
    {
        using var site = GoodSite();
        Directory.CreateSymbolicLink(Path.Combine(site.InputDirectory, "annotations", "a", "loop"), Path.Combine(site.InputDirectory, "annotations"));
        Directory.CreateSymbolicLink(Path.Combine(site.InputDirectory, "tags", "loop"), site.InputDirectory);
        var report = await Task.Run(() => site.Build()).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    [Fact]
    public void An_unreadable_file_is_reported_not_thrown()
    {
        using var site = GoodSite();
        site.BuildOk();
        var before = OutputSnapshot.Of(site.OutputDirectory);
        // A dangling link cannot be read by anyone, root included (CI runs as root, where chmod 000 is no obstacle).
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "articles", "gone.md"), Path.Combine(site.InputDirectory, "nowhere.md"));
        var d = site.Build().Single("FILE_UNREADABLE");
        Assert.Equal("input/articles/gone.md", d.Location.File);
        Assert.Equal(before, OutputSnapshot.Of(site.OutputDirectory));
    }
}

static class ActionExtensions
{
    public static Action<TestSite> Then(this Action<TestSite> first, Action<TestSite> second) => site => { first(site); second(site); };
}
