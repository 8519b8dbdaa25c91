using System.ComponentModel;
using Spectre.Console.Cli;

namespace Archive.Cli.Commands;

/// <summary>Options shared by build, check and preview.</summary>
public class BuildSettings : CommandSettings
{
    [CommandOption("-i|--input <DIR>")]
    [Description("The archive's content folder (holds site.yml). Default: input")]
    public string Input { get; init; } = "input";

    [CommandOption("-t|--theme <DIR>")]
    [Description("The theme folder (css/, js/). Default: ./theme, else the one shipped with the tool")]
    public string? Theme { get; init; }

    [CommandOption("--base-url <URL>")]
    [Description("Overrides site.yml's base_url, e.g. https://example.org/archive/")]
    public string? BaseUrl { get; init; }

    public string ThemeDirectory =>
        Theme ?? (Directory.Exists("theme/css") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme"));
}

public class OutputSettings : BuildSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("Where the site is written. Default: output")]
    public string Output { get; init; } = "output";

    [CommandOption("--force")]
    [Description("Build into a non-empty folder that is not the build's, beside its files (none of them is deleted or replaced)")]
    public bool Force { get; init; }
}
