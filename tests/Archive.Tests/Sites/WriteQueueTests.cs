using Archive.Output;
using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>The writer thread behind the renderers: every page lands with its bytes, and a failure neither hangs nor vanishes.</summary>
public sealed class WriteQueueTests
{
    /// <summary>Page i's text: lengths vary, and every 50th page is too long to queue (the export's pages are).</summary>
    static string PageText(int i) => $"<p>第{i}頁</p>" + new string('文', i % 50 == 0 ? 40_000 : i * 7 % 3_000);

    [Fact]
    public void Every_page_from_every_thread_is_written_with_its_text_even_when_the_caller_reuses_its_buffer()
    {
        using var folder = new TempFolder();
        var root = folder["site"];
        // Not a multiple of the pages handed over at a time: the part-filled batches must be written too.
        const int pages = 601;
        using (var queue = new WriteQueue(new SiteWriter(root)))
        {
            // One buffer per thread, as a rendering thread has: the queue must copy what it is given.
            using var buffers = new ThreadLocal<char[]>(() => new char[50_000]);
            Parallel.For(0, pages, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i =>
            {
                var text = PageText(i);
                text.CopyTo(buffers.Value);
                queue.Add($"annotations/n{i}/index.html", buffers.Value.AsMemory(0, text.Length));
            });
            queue.Complete();
        }

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
            for (var i = 0; i < 2000; i++) queue.Add($"p{i}/index.html", "<p>頁</p>".AsMemory());
        });
        Assert.True(adding.Wait(TimeSpan.FromSeconds(60)), "adding pages blocked behind a failed writer");
        Assert.ThrowsAny<IOException>(queue.Complete);
    }
}
