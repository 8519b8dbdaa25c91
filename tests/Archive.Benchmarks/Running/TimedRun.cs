namespace Archive.Benchmarks.Running;

/// <summary>One build of one tool, as GNU time saw it, plus what the tool itself reported.</summary>
/// <param name="KernelSeconds">The system (kernel) part of <paramref name="CpuSeconds"/>: mostly creating files and folders.</param>
/// <param name="PeakRssKib">The largest single process's peak (GNU time).</param>
/// <param name="PeakTreeKib">The peak of the whole process tree's memory: the build and the indexers it runs, together.</param>
/// <param name="Entries">Files and folders in the output: each is an inode the file system had to create.</param>
public sealed record TimedRun(
    string Tool,
    int Run,
    int ExitCode,
    bool TimedOut,
    double WallSeconds,
    double CpuSeconds,
    double KernelSeconds,
    long PeakRssKib,
    long PeakTreeKib,
    int HtmlPages,
    int Entries,
    IReadOnlyList<(string Phase, double Milliseconds)> Phases,
    string Failure,
    string Summary = "")
{
    public bool Succeeded => ExitCode == 0 && !TimedOut && Failure.Length == 0;
}
