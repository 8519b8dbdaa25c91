using System.ComponentModel;
using System.Diagnostics;
using Archive.Cli.Preview;
using Archive.Incremental;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Archive.Cli.Commands;

public sealed class PreviewSettings : OutputSettings
{
    [CommandOption("-p|--port <PORT>")]
    [Description("Port on localhost. Default: 5080")]
    public int Port { get; init; } = 5080;
}

/// <summary>
/// <c>archive preview</c>: build into a folder of its own (<c>output.preview/</c>: its pages load the live-reload script
/// and name localhost, so they never go where <c>build</c> publishes), serve it on localhost only, rebuild on every
/// save and reload the open pages. A content error shows as an overlay in the browser while the last good site stays
/// served; no edit, however broken, stops the server.
/// </summary>
public sealed class PreviewCommand : Command<PreviewSettings>
{
    public override int Execute(CommandContext context, PreviewSettings settings, CancellationToken cancellationToken)
    {
        var baseUrl = $"http://localhost:{settings.Port}/";
        var live = new LiveReload();
        var gate = new object();

        var output = PreviewFolder(settings.Output);
        var session = new PreviewSession(new BuildOptions(settings.Input, output, settings.ThemeDirectory, baseUrl,
            LiveReloadScript: LiveReload.ScriptPath));

        // A full collection of preview's heap (the whole archive's model: 700 MB at 10,000 articles) pauses everything
        // for about 150 ms. Left to chance it lands in some save's rebuild; made two seconds after the last rebuild, it
        // lands while the editor reads the page, and leaves the next saves a fresh budget.
        using var idle = new Timer(_ => { lock (gate) GC.Collect(); });

        void Build(string why, IReadOnlyCollection<string> changed)
        {
            lock (gate)
            {
                try { Rebuild(why, changed); }
                catch (Exception e)
                {
                    // A bug or an I/O failure in one rebuild must not take the server down: say so, keep serving.
                    Console.Error.WriteLine($"archive: the rebuild after {why} failed ({e.GetType().Name}: {e.Message}); still serving the last good site");
                    live.Problems([$"{e.GetType().Name}: {e.Message}"]);
                }
            }
            idle.Change(TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
        }

        HashSet<Diagnostics.Diagnostic> shown = [];

        void Rebuild(string why, IReadOnlyCollection<string> changed)
        {
            {
                var clock = Stopwatch.StartNew();
                var outcome = session.Rebuild(changed);
                var report = outcome.Report;
                // An incremental rebuild reports the whole archive's diagnostics, as a full build does; the terminal
                // shows only those the last rebuild did not already show.
                Report.Diagnostics(outcome.Incremental ? [.. report.Diagnostics.Where(d => !shown.Contains(d))] : report.Diagnostics);
                shown = [.. report.Diagnostics];
                var what = outcome.Incremental
                    ? $"rendered {outcome.Rendered} pages, rewrote {outcome.Rewritten} files"
                    : $"full build ({outcome.FullBuildReason}), {outcome.Rewritten} pages";
                Report.Out.MarkupLine($"[grey]{DateTime.Now:HH:mm:ss}[/] {Markup.Escape(why)}: " +
                    (report.Succeeded ? $"[green]rebuilt[/] in {clock.ElapsedMilliseconds} ms ({what})" : $"[red]{report.Errors} errors[/], still serving the last good site"));
                if (!outcome.Incremental && report.Result is { } result) Report.ModuleTimings(result);
                if (outcome.Steps is { } steps && Environment.GetEnvironmentVariable("ARCHIVE_TIMINGS") is not null)
                    Console.Error.WriteLine("  " + string.Join(", ", steps.Select(s => $"{s.Step} {s.Took.TotalMilliseconds:0.0} ms")) +
                                            $"; GC so far: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(2)} gen2, {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused");
                if (report.Succeeded) live.Reload();
                else live.Problems(report.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.ToString()));
            }
        }

        // Search catches up in the background after each rebuild (PreviewSession); an open search page then reloads.
        session.SearchRefreshed += search =>
        {
            Report.Out.MarkupLine(search.Error is { } error
                ? $"[grey]{DateTime.Now:HH:mm:ss}[/] search: [red]not updated[/]: {Markup.Escape(error)}"
                : $"[grey]{DateTime.Now:HH:mm:ss}[/] search: indexed {search.Reindexed} of {search.Partitions} partitions again in {search.Elapsed.TotalSeconds:0.0} s");
            if (search.Error is null && search.Reindexed > 0) live.SearchUpdated();
        };

        Build("first build", []);

        // No configuration files to reload: by default the host watches its content root (the current folder) recursively,
        // which in a large archive can use up the system's file watches and leave ours deaf.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{settings.Port}");
        var app = builder.Build();
        // Only names of this machine: a page elsewhere that points its own host name at 127.0.0.1 (DNS rebinding) must not read drafts.
        app.Use(async (http, next) =>
        {
            if (IsLoopbackName(http.Request.Host.Host)) await next(http);
            else http.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        });
        app.MapGet("/" + LiveReload.ScriptPath, () => Results.Text(LiveReload.Script("/" + LiveReload.EventsPath), "text/javascript"));
        app.MapGet("/" + LiveReload.EventsPath, live.Stream);
        // output/ is swapped on every good build; resolve files per request so the new folder is always the one served.
        // "{**path}" takes every path: the default fallback pattern leaves out paths with a file extension (CSS, JS, feeds).
        app.MapFallback("{**path}", async http =>
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(output));
            var path = Uri.UnescapeDataString(http.Request.Path.Value ?? "/");
            if (path.EndsWith('/')) path += "index.html";
            var file = files.GetFileInfo(path);
            if (!file.Exists && !Path.HasExtension(path)) file = files.GetFileInfo(path + "/index.html");
            if (!file.Exists) { http.Response.StatusCode = 404; file = files.GetFileInfo("404.html"); }
            if (!file.Exists) return;
            http.Response.ContentType = ContentType(file.Name);
            http.Response.Headers.CacheControl = "no-store";
            await http.Response.SendFileAsync(file);
        });

        using var watcher = new SiteWatcher([settings.Input, settings.ThemeDirectory], TimeSpan.FromMilliseconds(60),
            changed => Build(string.Join(", ", changed.Select(c => Path.GetRelativePath(Environment.CurrentDirectory, c)).Take(3)), changed));
        Report.Out.MarkupLine($"Serving [link]{baseUrl}[/] — watching {Markup.Escape(settings.Input)}/ and {Markup.Escape(settings.ThemeDirectory)}/; Ctrl-C stops.");
        app.Run();
        return 0;
    }

    /// <summary>The folder preview builds into: beside the output folder, never the output folder itself.</summary>
    public static string PreviewFolder(string output) => Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + ".preview";

    static bool IsLoopbackName(string host) => host is "localhost" or "127.0.0.1" or "[::1]" or "::1";

    static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" or ".jsonld" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".wasm" => "application/wasm",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
