namespace Archive.Benchmarks.Running;

/// <summary>What a tool wrote, counted in one walk of its output folder.</summary>
/// <param name="HtmlPages">The <c>.html</c> files: the pages.</param>
/// <param name="Entries">
/// Files and folders. Each is an inode the file system creates, which on ext4 costs more kernel time than writing the
/// page's bytes: the count explains most of the gap between a RAM disk and a disk.
/// </param>
public readonly record struct OutputTree(int HtmlPages, int Entries)
{
    public static OutputTree Of(string folder)
    {
        if (!Directory.Exists(folder)) return default;
        var (pages, entries) = (0, 0);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            entries++;
            if (entry is FileInfo && entry.Name.EndsWith(".html", StringComparison.Ordinal)) pages++;
        }
        return new(pages, entries);
    }
}
