using System.Diagnostics;

namespace Archive.BrowserTests.Support;

/// <summary>
/// The validators the standards tests run: Node packages from the repository's node_modules (`npm ci`), Java for the
/// Nu Html Checker, Debian's jing. Where one is missing a test skips with the reason; under CI=true, where .ci/run
/// installs them all, it fails instead.
/// </summary>
public static class ExternalTool
{
    public static string NodeModules => Path.Combine(Repository.Root, "node_modules");
    public static string Standards => Path.Combine(Repository.Root, "tests", "standards");

    /// <summary>The first <paramref name="name"/> on PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);

    /// <summary>Node, and the packages under node_modules that <paramref name="packages"/> names; skips (or fails in CI) without them.</summary>
    public static string RequireNode(params string[] packages)
    {
        var node = OnPath("node");
        var missing = packages.Where(p => !Directory.Exists(Path.Combine(NodeModules, p))).ToList();
        if (node is null) RequireOrSkip(false, "Node is not installed (no `node` on PATH).");
        RequireOrSkip(missing.Count == 0, $"node_modules lacks {string.Join(", ", missing)}: run `npm ci` at the repository root.");
        return node!;
    }

    public static void RequireOrSkip(bool present, string reason)
    {
        if (present) return;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(reason + " CI installs it (.ci/run) and must run this test.");
        Skip.If(true, reason);
    }

    /// <summary>Runs a tool to the end and returns its exit code and output; a tool that hangs fails the test.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string file, IEnumerable<string> arguments, string? workingDirectory = null,
        int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Repository.Root,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(file)} did not finish in {timeoutSeconds} s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
