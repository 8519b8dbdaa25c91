using System.ComponentModel;
using System.Text.Json;
using Spectre.Console.Cli;

namespace Archive.Cli.Commands;

public sealed class CheckSettings : BuildSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("text (default) or json: one JSON object per diagnostic, per line")]
    public string Format { get; init; } = "text";

    [CommandOption("--anchors")]
    [Description("list every note with its anchor status (exact, moved, changed, orphaned), similarity and revision; with --format json, one object per note")]
    public bool Anchors { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        Format is "text" or "json" ? Spectre.Console.ValidationResult.Success() : Spectre.Console.ValidationResult.Error("--format must be text or json");
}

/// <summary><c>archive check</c>: everything build validates, without writing anything.</summary>
public sealed class CheckCommand : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var report = ArchiveBuild.Run(new BuildOptions(settings.Input, "", settings.ThemeDirectory, settings.BaseUrl, WriteOutput: false));
        if (settings.Anchors)
        {
            // The notes on stdout, as text or data; the diagnostics behind them on stderr, as always.
            Report.Diagnostics(report.Diagnostics);
            if (settings.Format == "json") AnchorReport.Json(report, Console.Out);
            else
            {
                AnchorReport.Lines(report, Console.Out);
                Report.Summary(report, "check");
            }
        }
        else if (settings.Format == "json")
        {
            foreach (var d in report.Diagnostics)
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    file = d.Location.File, line = d.Location.Line, column = d.Location.Column,
                    severity = d.Severity.ToString().ToLowerInvariant(), code = d.Code, message = d.Message, fix = d.Fix,
                }, Rendering.JsonLd.Options));
        }
        else
        {
            Report.Diagnostics(report.Diagnostics);
            Report.Summary(report, "check");
        }
        return report.Succeeded ? 0 : 1;
    }
}
