using Archive.Output;
using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>The writer thread behind the renderers: every page lands with its bytes, and a failure neither hangs nor vanishes.</summary>
public sealed class WriteQueueTests
{
    [Fact]
    public void Every_queued_page_is_written_with_its_text_even_when_the_caller_reuses_its_buffer()
    {
        using var folder = new TempFolder();
        var root = folder["site"];
        var buffer = new char[64];
        using (var queue = new WriteQueue(new SiteWriter(root)))
        {
            for (var i = 0; i < 600; i++)
            {
                // One buffer for every page, as a rendering thread has: the queue must copy what it is given.
                var text = $"<p>第{i}頁</p>";
                text.CopyTo(buffer);
                queue.Add($"annotations/n{i}/index.html", buffer.AsMemory(0, text.Length));
            }
            queue.Complete();
        }

        for (var i = 0; i < 600; i++)
            Assert.Equal($"<p>第{i}頁</p>", File.ReadAllText(Path.Combine(root, "annotations", $"n{i}", "index.html")));
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
