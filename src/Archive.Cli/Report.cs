using Archive.Diagnostics;
using Archive.Engine;
using Spectre.Console;

namespace Archive.Cli;

/// <summary>How a build is reported: diagnostics on stderr, one per line; the summary on stdout. Colour only on a terminal.</summary>
public static class Report
{
    static readonly IAnsiConsole Err = Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
    public static readonly IAnsiConsole Out = Unwrapped(AnsiConsole.Console);

    /// <summary>A diagnostic is one line, whatever the terminal's width, so editors and tools can parse it.</summary>
    static IAnsiConsole Unwrapped(IAnsiConsole console)
    {
        console.Profile.Width = 10_000;
        return console;
    }

    /// <summary>Runs a build behind a spinner naming the current step, on a terminal only; piped output stays plain.</summary>
    public static BuildReport WithProgress(Func<Action<string>?, BuildReport> build)
    {
        if (!Out.Profile.Capabilities.Interactive || Console.IsOutputRedirected) return build(null);
        return Out.Status().Spinner(Spinner.Known.Dots).Start("building…", status =>
            build(step => status.Status(Markup.Escape(step))));
    }

    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        if (Console.IsErrorRedirected)
        {
            // Piped (an editor, CI, the benchmark): plain lines in one write. A 10,000-article archive has 11,000
            // suggestions, and escaping and writing them one markup line at a time took about a second.
            var text = new System.Text.StringBuilder();
            foreach (var d in diagnostics) text.Append(d).Append('\n');
            Console.Error.Write(text.ToString());
            return;
        }
        foreach (var d in diagnostics)
        {
            var colour = d.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
            Err.MarkupLine($"[{colour}]{Markup.Escape(d.ToString())}[/]");
        }
    }

    public static void Summary(BuildReport report, string verb)
    {
        var phases = string.Join(", ", report.Timings.Select(t => $"{t.Phase.ToString().ToLowerInvariant()} {t.Elapsed.TotalMilliseconds:0} ms"));
        var counts = $"{report.DocumentsRead} documents read, {report.PagesWritten} pages written, {report.Errors} errors, " +
                     $"{report.Warnings} warnings, {report.Suggestions} suggestions in {report.Elapsed.TotalMilliseconds:0} ms";
        if (Console.IsOutputRedirected)
        {
            // Piped output has no colour, and plain lines spare every build Spectre's markup parser (about 60 ms of
            // start-up).
            Console.Out.WriteLine($"{verb} {(report.Succeeded ? "ok" : "failed")}: {counts}");
            if (AnchorReport.Counts(report) is { } anchors) Console.Out.WriteLine(anchors);
            if (phases.Length > 0) Console.Out.WriteLine(phases);
        }
        else
        {
            Out.MarkupLine($"{verb} {(report.Succeeded ? "[green]ok[/]" : "[red]failed[/]")}: {Markup.Escape(counts)}");
            if (AnchorReport.Counts(report) is { } anchors) Out.MarkupLine(Markup.Escape(anchors));
            if (phases.Length > 0) Out.MarkupLine($"[grey]{Markup.Escape(phases)}[/]");
        }
        if (report.Result is { } result) ModuleTimings(result);
    }

    /// <summary>With ARCHIVE_TIMINGS set, for profiling (see tests/Archive.Benchmarks): every module's wall and CPU time, on stderr.</summary>
    public static void ModuleTimings(Archive.Engine.EngineResult result)
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_TIMINGS") is not null)
        {
            foreach (var m in result.Modules)
                Console.Error.WriteLine($"  {m.Phase,-12} {m.Pipeline,-12} {m.Module,-18} {m.Wall.TotalMilliseconds,7:0} ms wall {m.Cpu.TotalMilliseconds,7:0} ms cpu {m.HeapAfter >> 20,6:N0} MiB heap after");
            Console.Error.WriteLine($"  GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections, " +
                                    $"{GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.GetTotalAllocatedBytes() / (1 << 20):N0} MiB allocated");
        }
    }
}
