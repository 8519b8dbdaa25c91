using Spectre.Console.Cli;

namespace Archive.Cli.Commands;

/// <summary><c>archive build</c>: input/ to output/. On any error the previous output/ stays as it was and the exit code is 1.</summary>
public sealed class BuildCommand : Command<OutputSettings>
{
    public override int Execute(CommandContext context, OutputSettings settings, CancellationToken cancellationToken)
    {
        var options = new BuildOptions(settings.Input, settings.Output, settings.ThemeDirectory, settings.BaseUrl, Force: settings.Force);
        var report = Report.WithProgress(progress => ArchiveBuild.Run(options with { Progress = progress }));
        Report.Diagnostics(report.Diagnostics);
        Report.Summary(report, "build");
        return report.Succeeded ? 0 : 1;
    }
}
