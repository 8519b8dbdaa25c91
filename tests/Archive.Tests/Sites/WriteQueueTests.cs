using Archive.Output;
using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>The writer threads behind the renderers: every page lands with its bytes, and a failure neither hangs nor vanishes.</summary>
public sealed class WriteQueueTests
{
    /// <summary>Page i's text: lengths vary, and every 50th page is too long to queue (the export's pages are).</summary>
    static string PageText(int i) => $"<p>第{i}頁</p>" + new string('文', i % 50 == 0 ? 40_000 : i * 7 % 3_000);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Every_page_from_every_thread_is_written_with_its_text_even_when_the_caller_reuses_its_buffer(int writers)
    {
        using var folder = new TempFolder();
        var root = folder["site"];
        // More pages than the queue holds, so the renderers wait for the writers at times.
        const int pages = 601;
        using (var queue = new WriteQueue(new SiteWriter(root), writers))
        {
            // One buffer per rendering thread, as a render worker has: the queue must copy what it is given.
            Parallel.For(0, pages, new ParallelOptions { MaxDegreeOfParallelism = 3 }, () => new char[50_000], (i, _, buffer) =>
            {
                var text = PageText(i);
                text.CopyTo(buffer);
                queue.Add($"annotations/n{i}/index.html", buffer.AsSpan(0, text.Length));
                buffer.AsSpan(0, text.Length).Fill('x');
                return buffer;
            }, _ => { });
            queue.Complete();
        }

        var written = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count();
        Assert.Equal(pages, written);
        for (var i = 0; i < pages; i++)
            Assert.Equal(PageText(i), File.ReadAllText(Path.Combine(root, "annotations", $"n{i}", "index.html")));
    }

    [Fact]
    public void A_failed_write_surfaces_at_the_end_and_never_blocks_the_renderers()
    {
        using var folder = new TempFolder();
        var root = folder["site"];
        File.WriteAllText(root, "a file where the site's folder should be");
        using var queue = new WriteQueue(new SiteWriter(root));

        // More pages than the queue holds: a writer that stopped at its first failure would leave this waiting forever.
        var adding = Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++) queue.Add($"p{i}/index.html", "<p>頁</p>");
        });
        Assert.True(adding.Wait(TimeSpan.FromSeconds(60)), "adding pages blocked behind a failed writer");
        Assert.ThrowsAny<IOException>(queue.Complete);
    }

    [Fact]
    public void A_failed_write_of_a_file_too_long_to_queue_surfaces_too()
    {
        using var folder = new TempFolder();
        var root = folder["site"];
        File.WriteAllText(root, "a file where the site's folder should be");
        using var queue = new WriteQueue(new SiteWriter(root));

        queue.Add("annotation-pages/1.jsonld", PageText(50));
        Assert.ThrowsAny<IOException>(queue.Complete);
    }
}
