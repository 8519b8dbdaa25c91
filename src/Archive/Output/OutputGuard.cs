using Archive.Diagnostics;

namespace Archive.Output;

/// <summary>
/// Decides, before anything is written or moved, whether a build may write into the folder it was given. A build only
/// ever deletes what it made, so it refuses a folder that holds the input, a repository, or files it did not make.
/// </summary>
public static class OutputGuard
{
    /// <summary>
    /// The real folder to write (a symbolic link is followed, so every build writes through it to the same place), or
    /// null with the reasons in <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="force">Write beside the files of a non-empty folder that is not the build's; still deletes none of them.</param>
    public static string? Resolve(string output, string input, bool force, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(output);
        var real = RealPath(Path.GetFullPath(output));
        var realInput = RealPath(Path.GetFullPath(input));
        if (real is null) { diagnostics.Add(Problems.OutputUnusable(at, "is a symbolic link to nothing")); return null; }
        if (File.Exists(real)) { diagnostics.Add(Problems.OutputUnusable(at, "is a file, not a folder")); return null; }
        if (realInput is not null && (Same(real, realInput) || Inside(real, realInput) || Inside(realInput, real)))
        {
            diagnostics.Add(Problems.OutputOverlapsInput(at, output, input));
            return null;
        }
        if (!Directory.Exists(real)) return real;
        if (Directory.Exists(Path.Combine(real, ".git")) || File.Exists(Path.Combine(real, ".git")))
        {
            diagnostics.Add(Problems.OutputHoldsRepository(at, output));
            return null;
        }
        if (!force && !OutputMarker.IsMarked(real) && Directory.EnumerateFileSystemEntries(real).Any())
        {
            diagnostics.Add(Problems.OutputNotOurs(at, output));
            return null;
        }
        return real;
    }

    /// <summary>The path with every symbolic link along it resolved; null when a link leads nowhere.</summary>
    public static string? RealPath(string full)
    {
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(resolved, parts[i]);
            var info = new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !File.Exists(target.FullName) && !Directory.Exists(target.FullName)) return null;
                return RealPath(Path.Combine([target.FullName, .. parts[(i + 1)..]]));
            }
            resolved = next;
        }
        return resolved.Length > root.Length ? resolved.TrimEnd(Path.DirectorySeparatorChar) : resolved;
    }

    static bool Same(string a, string b) => string.Equals(a.TrimEnd(Path.DirectorySeparatorChar), b.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);

    /// <summary>Whether <paramref name="inner"/> lies below <paramref name="outer"/>.</summary>
    static bool Inside(string inner, string outer) =>
        inner.StartsWith(outer.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
