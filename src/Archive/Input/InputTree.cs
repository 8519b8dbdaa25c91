namespace Archive.Input;

/// <summary>Walks input/ without following symbolic links, so a link loop cannot hang the build.</summary>
public static class InputTree
{
    static readonly EnumerationOptions NoLinks = new()
    {
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    /// <summary>Linked files are content like any other (and a dangling link is reported as unreadable); only linked folders can loop.</summary>
    static readonly EnumerationOptions VisibleFiles = new()
    {
        AttributesToSkip = FileAttributes.Hidden,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    /// <summary>Files matching <paramref name="pattern"/> exactly <paramref name="depth"/> folders below <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Files(string root, int depth, string pattern)
    {
        IEnumerable<string> folders = [root];
        for (var i = 0; i < depth; i++)
            folders = folders.SelectMany(Folders).ToList();
        // Notes sit in a folder per article: ten thousand folders are listed faster side by side.
        return folders.AsParallel().SelectMany(f => Directory.EnumerateFiles(f, pattern, VisibleFiles)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// True when <paramref name="path"/> is a Markdown file exactly <paramref name="depth"/> folders below
    /// <paramref name="root"/> (both full paths): a file <see cref="Files"/> would list with the pattern <c>*.md</c>.
    /// </summary>
    public static bool IsMarkdownAt(string root, int depth, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
               && relative.EndsWith(".md", StringComparison.Ordinal)
               && relative.Count(c => c == Path.DirectorySeparatorChar) == depth;
    }

    public static IEnumerable<string> Folders(string root) =>
        Directory.Exists(root) ? Directory.EnumerateDirectories(root, "*", NoLinks).Order(StringComparer.Ordinal) : [];
}
