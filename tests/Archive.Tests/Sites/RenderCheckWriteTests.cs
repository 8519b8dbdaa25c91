using System.Collections.Concurrent;
using Archive.Diagnostics;
using Archive.Linking;
using Archive.Output;
using Archive.Rendering;
using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>
/// The render loop's workers reuse one buffer each from page to page: every page must still reach the sink once, with
/// its own text, and be read for its ids and links, whichever worker rendered it.
/// </summary>
public sealed class RenderCheckWriteTests : IDisposable
{
    readonly TestSite _site = new();
    readonly Catalog _catalog;

    public RenderCheckWriteTests()
    {
        _site.Write("articles/a.md", "---\ntitle: 一篇\ndate: 2025-01-01\n---\n\n一句。\n");
        _catalog = _site.BuildOk().Catalog!;
    }

    public void Dispose() => _site.Dispose();

    const int Pages = 203;

    /// <summary>
    /// Page i names itself and links to the next page's id; lengths vary, so a page rendered over a longer one in an
    /// uncleared buffer would carry the longer one's tail. The last page links to an id no page has.
    /// </summary>
    static string Html(int i)
    {
        var next = i == Pages - 1 ? "p0.html#none" : $"p{i + 1}.html#p{i + 1}";
        return $"<main id=\"p{i}\"><a href=\"/{next}\">下一頁</a>{new string('文', i * 37 % 900)}</main>";
    }

    static PageJob Job(int i) => new($"p{i}.html", worker =>
    {
        var buffer = worker.StartFile();
        buffer.Write(Html(i));
        return new RenderedPage($"p{i}.html", buffer.Written, "input/articles/a.md");
    });

    [Fact]
    public void Every_page_reaches_the_sink_once_with_its_own_text_and_its_links_are_checked_across_pages()
    {
        var jobs = Enumerable.Range(0, Pages).Select(Job).ToList();
        var received = new ConcurrentDictionary<string, string>();
        var duplicates = new ConcurrentBag<string>();
        var diagnostics = new DiagnosticBag();

        var written = RenderCheckWrite.Run(jobs, jobs.Select(j => j.Path).ToHashSet(), _catalog, diagnostics, page =>
        {
            if (!received.TryAdd(page.Path, page.Content.ToString())) duplicates.Add(page.Path);
        });

        Assert.Empty(duplicates);
        Assert.Equal(Pages, received.Count);
        for (var i = 0; i < Pages; i++)
        {
            Assert.Equal(Html(i), received[$"p{i}.html"]);
            Assert.Equal($"p{i}.html", written[i].Path);
            Assert.Equal([$"p{i}"], written[i].Ids);
        }
        // Only the last page's link misses: every other names an id on the next page, which another worker may have read.
        var broken = Assert.Single(diagnostics.Sorted());
        Assert.Equal("LINK_BROKEN", broken.Code);
        Assert.Contains($"/p{Pages - 1}.html", broken.Message);
        Assert.Contains("p0.html#none", broken.Message);
    }
}
