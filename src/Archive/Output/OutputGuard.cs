using Archive.Diagnostics;
using Archive.Input;

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
        var real = RealPaths.Of(Path.GetFullPath(output));
        var realInput = RealPaths.Of(Path.GetFullPath(input));
        if (real is null) { diagnostics.Add(Problems.OutputUnusable(at, "is a symbolic link to nothing")); return null; }
        if (File.Exists(real)) { diagnostics.Add(Problems.OutputUnusable(at, "is a file, not a folder")); return null; }
        if (realInput is not null && (RealPaths.IsWithin(real, realInput) || RealPaths.IsWithin(realInput, real)))
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
            diagnostics.Add(Problems.OutputNotOurs(at, output, OutputMarker.FileName));
            return null;
        }
        return real;
    }
}
