using Archive.Diagnostics;
using Archive.Linking;
using Archive.Output;

namespace Archive.Rendering;

/// <summary>
/// The one path every page takes, in a build and in preview: rendered by a render worker (one per core, each taking
/// the next few jobs), handed to the run's sink as soon as it is rendered, its links checked. A build's sink queues
/// the page for writing into the staging folder; preview's keeps a copy until the whole change has validated. Links
/// to pages not rendered in this run are checked against <paramref name="previous"/>, the pages an earlier run wrote
/// (none in a build, which renders every page).
/// </summary>
public static class RenderCheckWrite
{
    /// <summary>
    /// Jobs a worker takes at a time. Consecutive jobs are pages of one kind (an article then its notes), so a worker
    /// meets the ids it met on its previous page (<see cref="PageScan"/>).
    /// </summary>
    const int JobsPerTake = 4;

    /// <param name="siteFiles">Every file the site will hold: links are checked against these.</param>
    /// <param name="sink">Takes each rendered page, which is the sink's only during the call.</param>
    public static WrittenPage[] Run(IReadOnlyList<PageJob> jobs, HashSet<string> siteFiles, Catalog catalog, DiagnosticBag diagnostics,
        RenderedPageSink sink, Func<string, WrittenPage?>? previous = null)
    {
        using var razor = new RazorRenderer();
        var links = new LinkCheck(siteFiles, catalog.Site, diagnostics, () => AuthorLinks.Of(catalog));
        var written = new WrittenPage[jobs.Count];
        var taken = 0;
        // One worker per core, each on a thread of its own for the whole loop. A build writes from threads of its own
        // (WriteQueue): rendering threads that wrote blocked in the kernel, and the thread pool added more of them.
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, (jobs.Count + JobsPerTake - 1) / JobsPerTake));
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            using var worker = new RenderWorker(razor, catalog);
            for (var first = Take(); first < jobs.Count; first = Take())
                for (var i = first; i < Math.Min(first + JobsPerTake, jobs.Count); i++)
                {
                    var page = jobs[i].Render(worker);
                    sink(page);
                    written[i] = WrittenPage.Of(page, worker.Scan, links);
                }
        });
        int Take() => Interlocked.Add(ref taken, JobsPerTake) - JobsPerTake;

        var byPath = written.ToDictionary(p => p.Path);
        links.CheckPending(written, path => byPath.GetValueOrDefault(path) ?? previous?.Invoke(path));
        return written;
    }
}
