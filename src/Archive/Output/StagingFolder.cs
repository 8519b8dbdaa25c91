namespace Archive.Output;

/// <summary>
/// A build writes into a fresh folder beside output/ and swaps it in only when it succeeded, so a failed or
/// interrupted build leaves the last good site exactly as it was.
/// </summary>
public static class StagingFolder
{
    public static string Create(string outputDirectory)
    {
        var full = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = $"{full}.staging-{Guid.NewGuid():N}"[..(full.Length + 17)];
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Moves <paramref name="staging"/> into place. Files and folders listed in <paramref name="keep"/> (a CNAME, say) survive from the old output.</summary>
    public static void Swap(string staging, string outputDirectory, IEnumerable<string> keep)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (Directory.Exists(output))
        {
            foreach (var kept in keep)
            {
                var from = Path.GetFullPath(Path.Combine(output, kept));
                var to = Path.GetFullPath(Path.Combine(staging, kept));
                if (!from.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || File.Exists(to) || Directory.Exists(to)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                if (File.Exists(from)) File.Copy(from, to);
                else if (Directory.Exists(from)) Directory.Move(from, to);
            }
            var old = $"{output}.old-{Guid.NewGuid():N}";
            Directory.Move(output, old);
            Directory.Move(staging, output);
            Discard(old);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            Directory.Move(staging, output);
        }
    }

    /// <summary>Deletes a folder tree, its subfolders in parallel: a large site is mostly file-system metadata work.</summary>
    public static void Discard(string? folder)
    {
        if (folder is null || !Directory.Exists(folder)) return;
        Parallel.ForEach(Directory.EnumerateDirectories(folder).SelectMany(Directory.EnumerateDirectories).ToList(),
            dir => Directory.Delete(dir, recursive: true));
        Directory.Delete(folder, recursive: true);
    }
}
