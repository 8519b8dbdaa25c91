namespace Archive.Input;

/// <summary>Paths as the file system resolves them, to compare where two paths really lead.</summary>
public static class RealPaths
{
    /// <summary>The path with every symbolic link along it resolved; null when a link leads nowhere.</summary>
    public static string? Of(string full)
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
                return Of(Path.Combine([target.FullName, .. parts[(i + 1)..]]));
            }
            resolved = next;
        }
        return resolved.Length > root.Length ? resolved.TrimEnd(Path.DirectorySeparatorChar) : resolved;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it (both real, full paths).</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
