using System.Diagnostics;
using System.Globalization;

namespace Archive.Benchmarks.Running;

/// <summary>
/// Runs a command under GNU time (<c>/usr/bin/time -v</c>), so wall time, user+sys CPU time (of the command and every
/// process it waited for), the kernel's part of it and peak RSS of its largest process are measured the same way for
/// every tool; <see cref="ProcessTreeMemory"/> adds the peak of the whole process tree's memory.
/// </summary>
public static class TimedProcess
{
    public const string GnuTime = "/usr/bin/time";

    public sealed record Outcome(int ExitCode, bool TimedOut, string Stdout, string Stderr, double WallSeconds, double CpuSeconds, double KernelSeconds, long PeakRssKib, long PeakTreeKib);

    public static Outcome Run(string workingDirectory, string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var timeFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in (string[])["-v", "-o", timeFile, program, .. arguments]) start.ArgumentList.Add(a);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {GnuTime}");
            using var tree = new ProcessTreeMemory(process.Id);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var timedOut = !process.WaitForExit(timeout);
            if (timedOut)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            clock.Stop();
            // A killed run leaves no report from GNU time: fall back to our own clock.
            var v = Parse(File.ReadAllLines(timeFile));
            var kernel = Number(v.GetValueOrDefault("System time (seconds)", "0"));
            var exit = timedOut ? -1 : v.TryGetValue("Exit status", out var e) ? int.Parse(e, CultureInfo.InvariantCulture) : process.ExitCode;
            return new Outcome(exit, timedOut, stdout.Result, stderr.Result,
                v.TryGetValue("Elapsed (wall clock) time (h:mm:ss or m:ss)", out var wall) ? Seconds(wall) : clock.Elapsed.TotalSeconds,
                Number(v.GetValueOrDefault("User time (seconds)", "0")) + kernel,
                kernel,
                long.Parse(v.GetValueOrDefault("Maximum resident set size (kbytes)", "0"), CultureInfo.InvariantCulture),
                tree.PeakKib);
        }
        finally
        {
            File.Delete(timeFile);
        }
    }

    /// <summary>Lines of <c>time -v</c> are "\tName: value"; names contain colons themselves, so split on the last ": ".</summary>
    static Dictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>();
        foreach (var line in lines)
        {
            var at = line.LastIndexOf(": ", StringComparison.Ordinal);
            if (at > 0) values[line[..at].Trim()] = line[(at + 2)..].Trim();
        }
        return values;
    }

    /// <summary>h:mm:ss or m:ss.ss</summary>
    static double Seconds(string text) => text.Split(':').Aggregate(0.0, (total, part) => total * 60 + Number(part));

    static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
