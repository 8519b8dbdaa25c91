namespace Archive.Benchmarks.Running;

public static class OutputTree
{
    /// <summary>
    /// Files and folders under <paramref name="folder"/>. Each is an inode the file system creates, which on ext4 costs
    /// more kernel time than writing the page's bytes: the count explains most of the gap between a RAM disk and a disk.
    /// </summary>
    public static int Entries(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Count() : 0;
}
