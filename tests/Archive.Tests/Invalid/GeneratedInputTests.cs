using CsCheck;
using Archive.Tests.Support;

namespace Archive.Tests.Invalid;

/// <summary>
/// Property: whatever the files say, <c>check</c> ends, with diagnostics and without an exception. Ten thousand
/// generated articles, notes and term files (front matter and Markdown built from the pieces that break parsers:
/// unclosed brackets, deep quotes, raw HTML, entities, control characters, surrogates) in batches of 500 per site.
/// A stack overflow would end the test run itself, which is the failure this test exists to catch.
/// </summary>
public sealed class GeneratedInputTests
{
    static readonly string[] Pieces =
    [
        "\n", "\n\n", "> ", ">>>>>>>>", "- ", "* ", "1. ", "# ", "###### ", "**", "*", "_", "`", "```\n", "~~~\n", "    ",
        "[", "]", "(", ")", "![", "](", "<", ">", "</", "<abbr title='x'>", "</abbr>", "<script>", "<ruby>", "<rt>",
        "<span style=x>", "<!--", "-->", "<br>", "&amp;", "&#0;", "&#x10FFFF;", "&nbsp", "\\", "|", "|---|", "---", "^^^",
        "xref:", "xref:articles/a", "xref:countries/japan", "xref:../", "](xref:incidents/radar)", "https://example.org/",
        "javascript:", "data:", "//host/", "/articles/a/#x", "日本", "雷達照射", "字", "𠀀", "\t", "\r", "\0", "\uFEFF",
        ":", "{", "}", "'", "\"", "%", "%E7", "../", "@", "!", "$$", "\u200B", "\u202E",
    ];

    static readonly string[] Keys =
        ["title", "date", "quote", "prefix", "suffix", "countries", "incidents", "sources", "original", "name", "name_en", "aliases", "end", "moved", "byline", "lang", "summary", "unknown"];

    static readonly string[] Values =
    [
        "雷達照射", "好文章", "2025-12-14", "2025-02-30", "[japan]", "[japna]", "[", "{", "]", "}", "[[[[", "- a", "&anchor x", "*anchor",
        "!!binary aGk=", "null", "~", "|\n  文字", ">\n  文字", "\"未閉合", "'單引號'", "sources/a.txt", "../../etc/passwd", "\t",
        "\n  - title: 出處\n    url: https://example.org/report", "\n  - title: 壞\n    url: javascript:alert(1)", "[radar]", "日本",
    ];

    static readonly Gen<string> Markdown = Gen.OneOf(Pieces).Array[0, 60].Select(string.Concat);

    static readonly Gen<string> FrontMatter =
        Gen.Select(Gen.OneOf(Keys), Gen.OneOf(Values), (k, v) => $"{k}: {v}\n").Array[0, 8].Select(string.Concat);

    /// <summary>A file: front matter (usually), then Markdown; in an article folder, a note folder or a taxonomy.</summary>
    static readonly Gen<(int Place, string Text)> File =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 9], FrontMatter, Markdown, (place, shape, front, body) =>
            (place, shape switch
            {
                0 => body,
                1 => "---\n" + front + body,
                _ => "---\n" + front + "---\n" + body,
            }));

    [Fact]
    public void Check_ends_with_diagnostics_on_ten_thousand_generated_files()
    {
        var checkedFiles = 0;
        File.Array[500].Sample(files =>
        {
            using var site = new TestSite();
            site.WriteTerm("countries", "japan", "日本", "Japan");
            site.Write("tags/incidents/radar.md", "---\nname: 雷達照射\nname_en: Radar\ndate: 2025-12-06\n---\n事件。\n");
            site.Write("articles/a.md", "---\ntitle: 甲\ndate: 2025-12-14\n---\n\n雷達照射。\n");
            site.Write("sources/a.txt", "雷達照射。\n");
            for (var i = 0; i < files.Length; i++)
            {
                var (place, text) = files[i];
                site.Write(place switch { 0 => $"articles/g{i}.md", 1 => $"annotations/a/g{i}.md", _ => $"tags/countries/g{i}.md" }, text);
            }
            var check = Task.Run(site.Check);
            Assert.True(check.Wait(TimeSpan.FromSeconds(120)), "check did not end");
            Assert.All(check.Result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1 && d.Message.Length > 0, d.ToString()));
            Interlocked.Add(ref checkedFiles, files.Length);
        }, iter: 20, threads: 1);
        Assert.True(checkedFiles >= 10_000, $"only {checkedFiles} generated files were checked");
    }
}
