using System.Globalization;
using System.Text;
using Archive.Benchmarks.Running;

namespace Archive.Benchmarks.Reporting;

/// <summary>The Markdown table of medians, one row per tool, and the per-run line printed as each build finishes.</summary>
public static class ResultsTable
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string RunLine(TimedRun r) =>
        string.Create(Inv, $"   {r.Tool,-8} run {r.Run}: wall {r.WallSeconds,7:0.00} s  CPU {r.CpuSeconds,7:0.00} s (kernel {r.KernelSeconds,6:0.00})  peak RSS {r.PeakRssKib / 1024.0,7:0} MiB (tree {r.PeakTreeKib / 1024.0,6:0})  pages {r.HtmlPages,6}  files+folders {r.Entries,7}")
        + (r.Phases.Count > 0 ? "  (" + string.Join(", ", r.Phases.Select(p => string.Create(Inv, $"{p.Phase} {p.Milliseconds:0} ms"))) + ")" : "")
        + (r.Summary.Length > 0 ? $"\n      {r.Summary}" : "")
        + (r.Succeeded ? "" : $"\n   FAILED: {r.Failure.Replace("\n", "\n           ")}");

    public static string Render(int articles, IReadOnlyList<TimedRun> runs)
    {
        var text = new StringBuilder();
        text.AppendLine("| tool | N | pages (.html) | files + folders | wall s | CPU s (user+sys) | of which kernel s | peak RSS MiB | peak MiB, process tree | articles/s | runs: wall s | phases, ms (median) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var tool in runs.Select(r => r.Tool).Distinct())
        {
            var all = runs.Where(r => r.Tool == tool).ToList();
            var ok = all.Where(r => r.Succeeded).ToList();
            var runList = string.Join(", ", all.Select(r => r.Succeeded ? F(r.WallSeconds) : $"{F(r.WallSeconds)} (failed)"));
            if (ok.Count == 0)
            {
                text.AppendLine(string.Create(Inv, $"| {tool} | {articles:N0} | {all[^1].HtmlPages:N0} | {all[^1].Entries:N0} | failed | – | – | {Median(all.Select(r => r.PeakRssKib / 1024.0)):0} | {Median(all.Select(r => r.PeakTreeKib / 1024.0)):0} | – | {runList} | {Phases(all)} |"));
                continue;
            }
            var wall = Median(ok.Select(r => r.WallSeconds));
            text.AppendLine(string.Create(Inv,
                $"| {tool} | {articles:N0} | {ok[0].HtmlPages:N0} | {ok[0].Entries:N0} | {wall:0.00} | {Median(ok.Select(r => r.CpuSeconds)):0.00} | " +
                $"{Median(ok.Select(r => r.KernelSeconds)):0.00} | " +
                $"{Median(ok.Select(r => r.PeakRssKib / 1024.0)):0} | {Median(ok.Select(r => r.PeakTreeKib / 1024.0)):0} | {articles / wall:0} | {runList} | {Phases(ok)} |"));
        }
        return text.ToString();
    }

    /// <summary>
    /// How much slower <paramref name="tool"/> built than <paramref name="baseline"/> in the same run: the ratio of the
    /// median wall and CPU times, and the median of each run's own ratio (the two builds of a run share the machine's mood).
    /// </summary>
    public static string Ratio(IReadOnlyList<TimedRun> runs, string tool, string baseline)
    {
        var a = runs.Where(r => r.Tool == baseline && r.Succeeded).ToList();
        var b = runs.Where(r => r.Tool == tool && r.Succeeded).ToList();
        if (a.Count == 0 || b.Count == 0) return "";
        var pairs = a.Join(b, x => x.Run, y => y.Run, (x, y) => y.WallSeconds / x.WallSeconds).ToList();
        return string.Create(Inv,
            $"\n{tool} / {baseline}: wall {Median(b.Select(r => r.WallSeconds)) / Median(a.Select(r => r.WallSeconds)):0.00}× (medians), " +
            $"{Median(pairs):0.00}× (median of the {pairs.Count} runs' own ratios: {string.Join(", ", pairs.Select(p => p.ToString("0.00", Inv)))}); " +
            $"CPU {Median(b.Select(r => r.CpuSeconds)) / Median(a.Select(r => r.CpuSeconds)):0.00}×\n");
    }

    static string Phases(IReadOnlyList<TimedRun> runs) =>
        runs.SelectMany(r => r.Phases).Select(p => p.Phase).Distinct() is var names && names.Any()
            ? string.Join(" · ", names.Select(n => string.Create(Inv, $"{n} {Median(runs.SelectMany(r => r.Phases).Where(p => p.Phase == n).Select(p => p.Milliseconds)):0}")))
            : "–";

    static string F(double seconds) => seconds.ToString("0.00", Inv);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
