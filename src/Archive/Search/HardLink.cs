using System.Runtime.InteropServices;

namespace Archive.Search;

/// <summary>
/// A second name for a file the build made, with no bytes copied; a copy where the file system or the platform has no
/// hard links. Used only for files nothing rewrites in place: written pages, and bundles, which the cache replaces
/// folder by folder.
/// </summary>
public static class HardLink
{
    public static void CreateOrCopy(string existing, string created)
    {
        if (!TryCreate(existing, created)) File.Copy(existing, created);
    }

    /// <summary>Whether <paramref name="created"/> is now a second name for <paramref name="existing"/> (false where links are not possible, or the name is taken).</summary>
    public static bool TryCreate(string existing, string created) => !OperatingSystem.IsWindows() && link(existing, created) == 0;

    // POSIX link(2): .NET makes symbolic links but not hard links, and Pagefind does not follow symbolic links.
    // Strings are marshalled as UTF-8 on Unix, which is what file names are there.
    [DllImport("libc", SetLastError = true)]
    static extern int link(string existing, string created);
}
