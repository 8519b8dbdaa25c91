using System.Diagnostics;

namespace Archive.Search;

/// <summary>
/// The Pagefind indexer from npm (version pinned in package.json), run with Node over the written site. Found in the
/// nearest node_modules above the current folder or the input folder; without Node or the package there is no search.
/// </summary>
public sealed record Pagefind(string Node, string Runner)
{
    public static Pagefind? Locate(string inputDirectory)
    {
        var node = FindOnPath("node");
        if (node is null) return null;
        foreach (var start in new[] { Environment.CurrentDirectory, Path.GetFullPath(inputDirectory) })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var runner = Path.Combine(dir.FullName, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
                if (File.Exists(runner)) return new Pagefind(node, runner);
            }
        return null;
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Indexes the files of <paramref name="siteDirectory"/> that <paramref name="glob"/> matches into its pagefind/
    /// folder. Returns Pagefind's error output on failure.
    /// </summary>
    public string? Index(string siteDirectory, string glob)
    {
        var start = new ProcessStartInfo(Node)
        {
            ArgumentList = { Runner, "--site", siteDirectory, "--glob", glob, "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : errors.Result.Trim();
    }
}
