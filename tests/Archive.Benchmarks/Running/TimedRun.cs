namespace Archive.Benchmarks.Running;

/// <summary>One build of one tool, as GNU time saw it, plus what the tool itself reported.</summary>
public sealed record TimedRun(
    string Tool,
    int Run,
    int ExitCode,
    bool TimedOut,
    double WallSeconds,
    double CpuSeconds,
    long PeakRssKib,
    int HtmlPages,
    IReadOnlyList<(string Phase, double Milliseconds)> Phases,
    string Failure,
    string Summary = "")
{
    public bool Succeeded => ExitCode == 0 && !TimedOut && Failure.Length == 0;
}
