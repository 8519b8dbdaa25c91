using System.Text.RegularExpressions;
using Archive.Benchmarks.Running;

namespace Archive.Benchmarks.Reporting;

/// <summary>The facts a reader needs to compare numbers across machines.</summary>
public static class Machine
{
    public static IEnumerable<string> Describe(bool hugo)
    {
        yield return $"date: {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}";
        yield return $"nproc: {Environment.ProcessorCount}";
        yield return $"cpu: {Find("/proc/cpuinfo", @"^model name\s*:\s*(.+)$") ?? "?"}";
        var memKib = Find("/proc/meminfo", @"^MemTotal:\s*(\d+) kB$");
        yield return "memory: " + (memKib is null ? "?" : $"{long.Parse(memKib) / 1024.0 / 1024:0.0} GiB");
        yield return $"os: {Find("/etc/os-release", "^PRETTY_NAME=\"?([^\"]+)\"?$") ?? "?"}";
        yield return "load average before (1/5/15 min): " + (Read("/proc/loadavg") is { } l ? string.Join(' ', l.Split(' ').Take(3)) : "?");
        yield return $".NET SDK: {Command.Run(".", "dotnet", "--version").Trim()}";
        if (hugo) yield return $"hugo: {HugoBuild.Version()}";
    }

    /// <summary>The commit measured, and whether the working tree differed from it (the benchmark builds the tree as it is).</summary>
    public static string Commit(string repoRoot)
    {
        try
        {
            var head = Command.Run(repoRoot, "git", "rev-parse", "--short", "HEAD").Trim();
            var dirty = Command.Run(repoRoot, "git", "status", "--porcelain", "--", "src", "theme").Trim().Length > 0;
            return $"commit: {head}{(dirty ? " + uncommitted changes in src/ or theme/" : "")}";
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "commit: ? (not a git checkout)";
        }
    }

    static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    static string? Find(string path, string pattern) =>
        Read(path) is { } text && Regex.Match(text, pattern, RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
}
