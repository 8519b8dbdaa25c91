using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Archive.Search;

/// <summary>
/// The Pagefind indexer as npm installs it (version pinned in package-lock.json): the platform package's native binary,
/// run directly, so indexing needs no Node process. Found in the nearest node_modules above the current folder or the
/// input folder; without it there is no search.
/// </summary>
/// <param name="Binary">The executable, the extended build (with Chinese and Japanese word segmentation) where there is one.</param>
/// <param name="Version">The package's version, part of the search cache's signature.</param>
public sealed record Pagefind(string Binary, string Version)
{
    public static Pagefind? Locate(string inputDirectory)
    {
        if (PlatformPackage() is not { } package) return null;
        foreach (var start in new[] { Environment.CurrentDirectory, Path.GetFullPath(inputDirectory) })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var folder = Path.Combine(dir.FullName, "node_modules", "@pagefind", package);
                if (!Directory.Exists(folder)) continue;
                var binary = new[] { "pagefind_extended", "pagefind" }
                    .Select(name => Path.Combine(folder, "bin", OperatingSystem.IsWindows() ? name + ".exe" : name))
                    .FirstOrDefault(File.Exists);
                if (binary is not null) return new Pagefind(binary, VersionOf(Path.Combine(folder, "package.json")));
            }
        return null;
    }

    /// <summary>
    /// Indexes every page under <paramref name="siteFolder"/> into a bundle in <paramref name="bundleFolder"/>. Returns
    /// Pagefind's error output on failure. (Pagefind also has a service mode that takes pages over a pipe, but it builds
    /// the index twice before writing it: half as much CPU again as this.)
    /// </summary>
    public string? Index(string siteFolder, string bundleFolder)
    {
        var start = new ProcessStartInfo(Binary)
        {
            ArgumentList = { "--site", siteFolder, "--output-path", bundleFolder, "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"{errors.Result.Trim()} (exit code {process.ExitCode})";
    }

    /// <summary>npm's name for this machine's binary package (as pagefind's own resolveBinary.js builds it), e.g. <c>linux-x64</c>.</summary>
    static string? PlatformPackage()
    {
        var os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows"
            : OperatingSystem.IsFreeBSD() ? "freebsd" : null;
        var cpu = RuntimeInformation.OSArchitecture switch { Architecture.X64 => "x64", Architecture.Arm64 => "arm64", _ => null };
        return os is null || cpu is null ? null : $"{os}-{cpu}";
    }

    static string VersionOf(string packageJson)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(packageJson));
            return json.RootElement.GetProperty("version").GetString() ?? "unknown";
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
