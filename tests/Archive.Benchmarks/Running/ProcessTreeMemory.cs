namespace Archive.Benchmarks.Running;

/// <summary>
/// The peak of the summed resident memory of a process and all its descendants, sampled from /proc while it runs.
/// GNU time reports the largest single process, which for a build that starts Pagefinds is not what the machine needs:
/// the build and the indexers beside it are. Shared pages count once per process, so the sum errs high.
/// </summary>
public sealed class ProcessTreeMemory : IDisposable
{
    /// <summary>Often enough to see a Pagefind run of a partition, which lasts seconds at its largest.</summary>
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    static readonly long PageKib = Environment.SystemPageSize / 1024;

    readonly int _root;
    readonly Thread _sampler;
    volatile bool _stopped;

    public long PeakKib { get; private set; }

    public ProcessTreeMemory(int rootPid)
    {
        _root = rootPid;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "process tree memory" };
        _sampler.Start();
    }

    void Sample()
    {
        while (!_stopped)
        {
            var total = Descendants(_root).Sum(ResidentKib);
            if (total > PeakKib) PeakKib = total;
            Thread.Sleep(Interval);
        }
    }

    /// <summary>
    /// The process and its descendants, from each task's <c>children</c> list. A child still running its parent's
    /// program is one caught between fork and exec, sharing the parent's memory (.NET starts processes with vfork):
    /// counted, it would count the build twice, so it is left out.
    /// </summary>
    static List<int> Descendants(int root)
    {
        var found = new List<int> { root };
        for (var i = 0; i < found.Count; i++)
        {
            try
            {
                var program = Program(found[i]);
                foreach (var task in Directory.EnumerateDirectories($"/proc/{found[i]}/task"))
                    foreach (var child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        if (Program(int.Parse(child)) != program) found.Add(int.Parse(child));
            }
            catch (IOException) { } // exited while we looked
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    static string? Program(int pid) => new FileInfo($"/proc/{pid}/exe").LinkTarget;

    /// <summary>Resident pages from /proc/PID/statm (its second field), in KiB; 0 for a process that has exited.</summary>
    static long ResidentKib(int pid)
    {
        try
        {
            var fields = File.ReadAllText($"/proc/{pid}/statm").Split(' ');
            return long.Parse(fields[1]) * PageKib;
        }
        catch (IOException) { return 0; }
    }

    public void Dispose()
    {
        _stopped = true;
        _sampler.Join();
    }
}
