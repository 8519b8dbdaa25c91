namespace Archive.Search;

/// <summary>
/// A partition's pages as a site of their own, for Pagefind to index: each page at its path under a folder of ours,
/// as a hard link to the written page (no bytes copied; a copy where links are not possible). Pagefind walks a folder
/// and derives URLs from paths, so a folder holding only the partition's pages is how it indexes only those.
/// </summary>
public static class PartitionSite
{
    public static void Create(string siteFolder, IEnumerable<string> pages, string folder)
    {
        foreach (var page in pages)
        {
            var target = Path.Combine(folder, page);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            HardLink.CreateOrCopy(Path.Combine(siteFolder, page), target);
        }
    }
}
