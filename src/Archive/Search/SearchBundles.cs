using System.Buffers;
using System.Text.Json;

namespace Archive.Search;

/// <summary>
/// The site's <c>pagefind/</c> folder: the first partition's bundle whole (the browser's scripts and the primary
/// index), each other partition's index in <c>pagefind/&lt;id&gt;/</c>, and <see cref="PartitionList"/>, which names
/// those for the search page to merge (Pagefind's <c>mergeIndex</c>) so one query searches them all. The files are
/// hard links to the cache's: the cache replaces a bundle by a new folder, and a file in the site is replaced by
/// renaming a new one over it, so no file is ever rewritten in place under the other name.
/// </summary>
public static class SearchBundles
{
    public const string Folder = "pagefind/";
    public const string PartitionList = Folder + "partitions.json";

    /// <summary>
    /// Brings the site's <c>pagefind/</c> folder to what <paramref name="manifest"/> names: a build's staging folder
    /// (empty, or a reused spare still holding the index of two builds ago) or preview's served site. Only the bundles
    /// whose index differs from what the site holds are put in (a bundle's <c>pagefind-entry.json</c> names its index by
    /// the hash of its metadata, which names every fragment and index file by the hash of its bytes), each with the files
    /// it no longer has removed; then the list; then the folders of partitions that are gone. After an edit of one
    /// article that is one bundle's files, not every bundle's.
    /// </summary>
    public static void Update(SearchCache cache, SearchManifest manifest, string siteFolder)
    {
        var put = new List<(string From, string To)>();
        var stale = new List<string>();
        for (var i = 0; i < manifest.Partitions.Count; i++)
        {
            var id = manifest.Partitions[i].Id;
            var target = i == 0 ? Folder : $"{Folder}{id}/";
            var entry = Path.Combine(siteFolder, target, "pagefind-entry.json");
            if (File.Exists(entry) && SameBytes(entry, Path.Combine(cache.BundleOf(id), "pagefind-entry.json"))) continue;
            var old = FilesIn(siteFolder, target);
            old.Remove(PartitionList); // rewritten below, not deleted first: a search page loading meanwhile still finds it
            foreach (var file in FilesOf(cache, id, primary: i == 0))
            {
                old.Remove(file.To);
                put.Add(file);
            }
            stale.AddRange(old);
        }
        // Without a primary bundle nothing in pagefind/ itself is current.
        if (manifest.Partitions.Count == 0) stale.AddRange(FilesIn(siteFolder, Folder).Where(f => f != PartitionList));
        foreach (var folder in put.Select(f => Path.GetDirectoryName(Path.Combine(siteFolder, f.To))!).Distinct())
            Directory.CreateDirectory(folder);
        Parallel.ForEach(put, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            file => Put(file.From, Path.Combine(siteFolder, file.To)));
        foreach (var file in stale) File.Delete(Path.Combine(siteFolder, file));
        WritePartitionList(manifest, siteFolder);
        var merged = manifest.Partitions.Skip(1).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(siteFolder, Folder)))
            if (IsPartitionFolder(Path.GetFileName(dir)) && !merged.Contains(Path.GetFileName(dir))) Directory.Delete(dir, recursive: true);
    }

    /// <summary>The bundle's files and where they go in the site: the primary whole into pagefind/, any other without its scripts into pagefind/&lt;id&gt;/.</summary>
    static IEnumerable<(string From, string To)> FilesOf(SearchCache cache, string id, bool primary)
    {
        var bundle = cache.BundleOf(id);
        foreach (var file in Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(bundle, file).Replace('\\', '/');
            if (primary) yield return (file, Folder + relative);
            else if (!IsScript(relative)) yield return (file, $"{Folder}{id}/{relative}");
        }
    }

    /// <summary>
    /// Links <paramref name="from"/> in as <paramref name="to"/> unless <paramref name="to"/> holds its bytes already. A
    /// new name is linked directly (a link appears whole); an old one, or a copy, is made under a new name first and
    /// renamed over it, so a reader never sees a file half-written.
    /// </summary>
    static void Put(string from, string to)
    {
        if (File.Exists(to))
        {
            if (SameBytes(from, to)) return;
        }
        else if (HardLink.TryCreate(from, to)) return;
        var fresh = $"{to}.{Guid.NewGuid():N}";
        HardLink.CreateOrCopy(from, fresh);
        File.Move(fresh, to, overwrite: true);
    }

    static bool SameBytes(string a, string b) =>
        new FileInfo(a).Length == new FileInfo(b).Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));

    /// <summary>The site's files (relative) in <paramref name="folder"/>; for pagefind/ itself, not those in its partitions' folders.</summary>
    static HashSet<string> FilesIn(string siteFolder, string folder)
    {
        var full = Path.Combine(siteFolder, folder);
        if (!Directory.Exists(full)) return [];
        return Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteFolder, f).Replace('\\', '/'))
            .Where(f => folder != Folder || f[Folder.Length..].Split('/') is not [var first, _, ..] || !IsPartitionFolder(first))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Partition ids are <c>p</c> and a number (<see cref="PartitionPlan"/>); a bundle's own folders are named otherwise.</summary>
    static bool IsPartitionFolder(string name) => name.Length > 1 && name[0] == 'p' && name.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// The browser's part of a bundle (scripts, styles, the WebAssembly search core), the same in every bundle of one
    /// Pagefind version: only the primary bundle's is loaded, so the merged partitions go without theirs.
    /// </summary>
    static bool IsScript(string relative) =>
        !relative.Contains('/') && (relative.EndsWith(".js", StringComparison.Ordinal) || relative.EndsWith(".css", StringComparison.Ordinal)
                                    || relative.EndsWith(".pagefind", StringComparison.Ordinal));

    static void WritePartitionList(SearchManifest manifest, string siteFolder)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(json))
        {
            w.WriteStartObject();
            w.WriteStartArray("merge");
            foreach (var partition in manifest.Partitions.Skip(1)) w.WriteStringValue(partition.Id + "/");
            w.WriteEndArray();
            w.WriteEndObject();
        }
        var path = Path.Combine(siteFolder, PartitionList);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(json.WrittenSpan)) return;
        var fresh = $"{path}.{Guid.NewGuid():N}";
        File.WriteAllBytes(fresh, json.WrittenSpan.ToArray());
        File.Move(fresh, path, overwrite: true);
    }
}
