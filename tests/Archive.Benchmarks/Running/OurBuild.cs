using System.Text.RegularExpressions;

namespace Archive.Benchmarks.Running;

/// <summary>
/// Our generator the way a user runs it: a Release build of the CLI, as its own process, started in the repository
/// (where it finds node_modules/pagefind for the search index, as it does for an editor), from a clean output folder.
/// </summary>
/// <param name="variant">Said after the tool's name when one run builds two archives (e.g. "2 versions").</param>
public sealed partial class OurBuild(string cli, bool jit, string repoRoot, string input, string output, int articles, TimeSpan timeout, Trash trash,
    string? variant = null)
{
    public string Tool => (jit ? "Archive (JIT)" : "Archive") + (variant is null ? "" : $", {variant}");

    /// <summary>The command that makes the CLI: published ahead of time to one native executable, or built for the JIT.</summary>
    public static string[] MakeCommand(bool jit) => jit
        ? ["dotnet", "build", "src/Archive.Cli", "-c", "Release", "--nologo", "-v", "q"]
        : ["dotnet", "publish", "src/Archive.Cli", "-c", "Release", "--use-current-runtime", "-p:PublishAot=true", "-o", NativeFolder, "--nologo", "-v", "q"];

    const string NativeFolder = "src/Archive.Cli/bin/Release/native";

    /// <summary>Makes the CLI once and returns the path of its executable.</summary>
    public static string Prepare(string repoRoot, bool jit)
    {
        var make = MakeCommand(jit);
        Command.Run(repoRoot, make[0], make[1..]);
        var cli = jit
            ? Path.Combine(repoRoot, "src", "Archive.Cli", "bin", "Release", "net10.0", "Archive.Cli")
            : Path.Combine(repoRoot, NativeFolder, "Archive.Cli");
        return File.Exists(cli) ? cli : throw new FileNotFoundException($"`{string.Join(' ', make)}` wrote no executable", cli);
    }

    /// <summary>A build from clean: no output, no spare, no search cache.</summary>
    public TimedRun Run(int run)
    {
        Clean();
        return Measure(Tool, run);
    }

    /// <summary>
    /// The build an editor waits for after a change: one article gains a sentence (a new one each run), and the CLI
    /// builds again over the last build's output, its spare and its search cache.
    /// </summary>
    public TimedRun Rebuild(int run)
    {
        var articles = Directory.EnumerateFiles(Path.Combine(input, "articles"), "*.md").Order(StringComparer.Ordinal).ToList();
        File.AppendAllText(articles[articles.Count / 2], $"\n基準測試第{run}次修改，新增一句。\n");
        var started = DateTime.UtcNow;
        var cache = output + ".search";
        var measured = Measure($"{Tool}, rebuild after 1 edit", run);
        if (!Directory.Exists(Path.Combine(cache, "bundles"))) return measured;
        var bundles = Directory.EnumerateDirectories(Path.Combine(cache, "bundles")).ToList();
        var reindexed = bundles.Count(b => File.GetLastWriteTimeUtc(Path.Combine(b, "pagefind-entry.json")) >= started);
        return measured with { Summary = $"{measured.Summary}; search: {reindexed} of {bundles.Count} partitions indexed again" };
    }

    TimedRun Measure(string tool, int run)
    {
        var outcome = TimedProcess.Run(repoRoot, cli, ["build", "--input", input, "--output", output], timeout);
        var phases = PhasesOf(outcome.Stdout);
        var tree = OutputTree.Of(output);
        var articlePages = Directory.Exists(Path.Combine(output, "articles"))
            ? Directory.EnumerateFiles(Path.Combine(output, "articles"), "index.html", SearchOption.AllDirectories).Count(f => Path.GetDirectoryName(f) != Path.Combine(output, "articles"))
            : 0;
        var failure = outcome switch
        {
            { TimedOut: true } => $"timed out after {timeout.TotalMinutes:0} min",
            { ExitCode: not 0 } => $"exit {outcome.ExitCode}: {Command.Tail(outcome.Stderr + outcome.Stdout, 15)}",
            _ when articlePages < articles => $"only {articlePages} of {articles} article pages written",
            _ => "",
        };
        return new TimedRun(tool, run, outcome.ExitCode, outcome.TimedOut, outcome.WallSeconds, outcome.CpuSeconds, outcome.KernelSeconds,
            outcome.PeakRssKib, outcome.PeakTreeKib, tree.HtmlPages, tree.Entries, phases, failure, SummaryOf(outcome));
    }

    /// <summary>Clears output/ and the folders beside it (staging, the spare), so every run starts from nothing.</summary>
    void Clean()
    {
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        foreach (var dir in Directory.EnumerateDirectories(parent, Path.GetFileName(output) + "*").ToList())
            trash.Clear(dir);
    }

    /// <summary>The CLI's summary lines ("build ok: … pages written, 0 errors, 1 warnings …", "anchors: …") and any warning codes, for the log.</summary>
    static string SummaryOf(TimedProcess.Outcome outcome)
    {
        var lines = (outcome.Stdout + "\n" + outcome.Stderr).Split('\n').Select(l => Ansi().Replace(l, "").Trim()).ToList();
        var summary = string.Join("; ", lines.Where(l => l.StartsWith("build ", StringComparison.Ordinal) || l.StartsWith("anchors: ", StringComparison.Ordinal)));
        var warnings = lines.Select(l => Warning().Match(l)).Where(m => m.Success).GroupBy(m => m.Groups[1].Value)
            .Select(g => $"{g.Key} ×{g.Count()}");
        return string.Join("; ", [summary, .. warnings]);
    }

    [GeneratedRegex(@": warning ([A-Z_]+):")]
    private static partial Regex Warning();

    /// <summary>The CLI's summary ends with a line such as "read 28 ms, analyse 455 ms, render 25 ms, publish 14 ms" (the engine's phase names).</summary>
    static IReadOnlyList<(string, double)> PhasesOf(string stdout)
    {
        foreach (var line in stdout.Split('\n').Select(l => Ansi().Replace(l, "").Trim()).Reverse())
        {
            var parts = line.Split(", ");
            var matches = parts.Select(p => Phase().Match(p)).ToList();
            if (line.Length > 0 && matches.All(m => m.Success))
                return [.. matches.Select(m => (m.Groups[1].Value, double.Parse(m.Groups[2].Value)))];
        }
        return [];
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"^([a-z][a-z ]*?) (\d+(?:\.\d+)?) ms$")]
    private static partial Regex Phase();
}
