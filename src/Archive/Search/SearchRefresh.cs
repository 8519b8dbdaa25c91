namespace Archive.Search;

/// <summary>
/// Keeps preview's search index current without holding up a rebuild: each good rebuild asks for a refresh, which runs
/// on a thread of its own, and requests that arrive while one runs are folded into one more run after it. The pages
/// are read from the served site while the next save may be rewriting them; a page caught half-written only makes its
/// partition dirty again, and the rebuild that wrote it has already asked for the run that fixes it.
/// </summary>
/// <param name="siteLock">Held while the bundles are put into the site, as the rebuilds hold it while they write.</param>
public sealed class SearchRefresh(SearchSetup setup, string siteFolder, object siteLock) : IDisposable
{
    readonly object _gate = new();
    IReadOnlyCollection<string>? _pending;
    Task _running = Task.CompletedTask;
    bool _active, _disposed;

    /// <summary>After each run: what it did, or its error.</summary>
    public event Action<SearchIndexReport>? Refreshed;

    /// <param name="pages">The site paths of the pages to index, as they are now.</param>
    public void Request(IReadOnlyCollection<string> pages)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _pending = pages;
            if (_active) return;
            _active = true;
            _running = Task.Run(Run);
        }
    }

    void Run()
    {
        while (true)
        {
            IReadOnlyCollection<string> pages;
            lock (_gate)
            {
                if (_pending is null || _disposed)
                {
                    _active = false;
                    return;
                }
                pages = _pending;
                _pending = null;
            }
            SearchIndexReport report;
            try
            {
                report = SearchIndexer.Run(setup, siteFolder, pages, manifest => { lock (siteLock) SearchBundles.Update(setup.Cache, manifest, siteFolder); });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A full rebuild swapped the site away under us; it asked for another run, which is next.
                lock (_gate) if (_pending is not null) continue;
                report = new SearchIndexReport(0, 0, TimeSpan.Zero, e.Message);
            }
            Refreshed?.Invoke(report);
        }
    }

    /// <summary>Waits for the run in progress, if any, and starts no other.</summary>
    public void Dispose()
    {
        Task running;
        lock (_gate)
        {
            _disposed = true;
            running = _running;
        }
        running.Wait();
    }
}
