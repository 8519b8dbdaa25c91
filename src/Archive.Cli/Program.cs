using Archive.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Archive.Cli;

public static class Program
{
    /// <summary>Exit codes: 0 success, 1 content errors, 2 usage errors (unknown command or option).</summary>
    public static int Main(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("archive");
            config.UseStrictParsing();
            config.AddCommand<BuildCommand>("build").WithDescription("Build the site from input/ into output/.");
            config.AddCommand<CheckCommand>("check").WithDescription("Validate the content without writing anything.");
            config.AddCommand<PreviewCommand>("preview").WithDescription("Serve the site on localhost and rebuild on every save.");
            config.SetExceptionHandler((exception, _) =>
            {
                if (exception is CommandParseException or CommandConfigurationException or CommandRuntimeException)
                {
                    Console.Error.WriteLine($"archive: {exception.Message}");
                    Console.Error.WriteLine("usage: archive build [--input DIR] [--output DIR] [--base-url URL] | archive check [--anchors] [--format json] | archive preview [--port N]");
                    return 2;
                }
                // Content problems are diagnostics, never exceptions; what lands here is I/O or a bug. No stack trace for editors.
                Console.Error.WriteLine($"archive: {exception.GetType().Name}: {exception.Message}");
                return 3;
            });
        });
        return app.Run(args);
    }
}
