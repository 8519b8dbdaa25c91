namespace Archive.Cli.Preview;

/// <summary>Watches folders and calls back once a burst of saves has settled (editors' tools write a file several times per save).</summary>
public sealed class SiteWatcher : IDisposable
{
    readonly List<FileSystemWatcher> _watchers = [];
    readonly Timer _debounce;
    readonly object _gate = new();
    readonly HashSet<string> _changed = [];

    public SiteWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyCollection<string>> onChange)
    {
        _debounce = new Timer(_ =>
        {
            string[] changed;
            lock (_gate) { changed = [.. _changed]; _changed.Clear(); }
            if (changed.Length > 0) onChange(changed);
        });
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, e) => Touch(e.FullPath, quiet);
            watcher.Created += (_, e) => Touch(e.FullPath, quiet);
            watcher.Deleted += (_, e) => Touch(e.FullPath, quiet);
            watcher.Renamed += (_, e) => { Touch(e.OldFullPath, quiet); Touch(e.FullPath, quiet); };
            watcher.Error += (_, e) => Console.Error.WriteLine($"archive: watching {folder} failed ({e.GetException().Message}); save again or restart preview");
            _watchers.Add(watcher);
        }
    }

    /// <summary>Content and theme files; editors' and tools' temporary files (sed's, vim's swap files) are not.</summary>
    static readonly HashSet<string> Watched = [".md", ".yml", ".yaml", ".txt", ".css", ".js", ".razor"];

    void Touch(string path, TimeSpan quiet)
    {
        if (!Watched.Contains(Path.GetExtension(path))) return;
        lock (_gate) _changed.Add(path);
        _debounce.Change(quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _debounce.Dispose();
    }
}
