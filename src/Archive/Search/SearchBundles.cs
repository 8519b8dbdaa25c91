using System.Buffers;
using System.Text.Json;
using Archive.Output;

namespace Archive.Search;

/// <summary>
/// The site's <c>pagefind/</c> folder: the first partition's bundle whole (the browser's scripts and the primary
/// index), each other partition's index in <c>pagefind/&lt;id&gt;/</c>, and <see cref="PartitionList"/>, which names
/// those for the search page to merge (Pagefind's <c>mergeIndex</c>) so one query searches them all.
/// </summary>
public static class SearchBundles
{
    public const string Folder = "pagefind/";
    public const string PartitionList = Folder + "partitions.json";

    /// <summary>A build's install: every bundle, through the build's <paramref name="writer"/>, which leaves a file whose bytes are unchanged untouched.</summary>
    public static void Install(SearchCache cache, SearchManifest manifest, SiteWriter writer)
    {
        var files = manifest.Partitions.SelectMany((partition, i) => FilesOf(cache, partition.Id, primary: i == 0)).ToList();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            file => writer.Write(file.To, File.ReadAllBytes(file.From)));
        WritePartitionList(manifest, writer);
    }

    /// <summary>
    /// Preview's install into the served site: only the bundles whose index differs from what the site holds (their
    /// <c>pagefind-entry.json</c> names the index by its hash), each with the files it no longer has removed, then the
    /// list, then the folders of partitions that are gone.
    /// </summary>
    public static void Update(SearchCache cache, SearchManifest manifest, string siteFolder)
    {
        for (var i = 0; i < manifest.Partitions.Count; i++)
        {
            var id = manifest.Partitions[i].Id;
            var target = i == 0 ? Folder : $"{Folder}{id}/";
            var entry = Path.Combine(siteFolder, target, "pagefind-entry.json");
            if (File.Exists(entry) && File.ReadAllBytes(entry).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(cache.BundleOf(id), "pagefind-entry.json"))))
                continue;
            var writer = new SiteWriter(siteFolder, FilesIn(siteFolder, target));
            foreach (var file in FilesOf(cache, id, primary: i == 0)) writer.Write(file.To, File.ReadAllBytes(file.From));
            writer.RemoveStale();
        }
        WritePartitionList(manifest, new SiteWriter(siteFolder, FilesIn(siteFolder, PartitionList)));
        var merged = manifest.Partitions.Skip(1).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var folder = Path.Combine(siteFolder, Folder);
        if (!Directory.Exists(folder)) return;
        foreach (var dir in Directory.EnumerateDirectories(folder).Where(d => IsPartitionFolder(Path.GetFileName(d)) && !merged.Contains(Path.GetFileName(d))))
            Directory.Delete(dir, recursive: true);
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

    /// <summary>The site's files (relative) under <paramref name="path"/>, a folder or one file; for pagefind/ itself, not those in its partitions' folders.</summary>
    static HashSet<string> FilesIn(string siteFolder, string path)
    {
        var full = Path.Combine(siteFolder, path);
        if (File.Exists(full)) return [path];
        if (!Directory.Exists(full)) return [];
        return Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteFolder, f).Replace('\\', '/'))
            .Where(f => path != Folder || f[Folder.Length..].Split('/') is not [var first, _, ..] || !IsPartitionFolder(first))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Partition ids are <c>p</c> and a number (<see cref="PartitionPlan"/>); a bundle's own folders are named otherwise.</summary>
    static bool IsPartitionFolder(string name) => name.Length > 1 && name[0] == 'p' && name.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    static void WritePartitionList(SearchManifest manifest, SiteWriter writer)
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
        writer.Write(PartitionList, json.WrittenSpan);
    }

    /// <summary>
    /// The browser's part of a bundle (scripts, styles, the WebAssembly search core), the same in every bundle of one
    /// Pagefind version: only the primary bundle's is loaded, so the merged partitions go without theirs.
    /// </summary>
    static bool IsScript(string relative) =>
        !relative.Contains('/') && (relative.EndsWith(".js", StringComparison.Ordinal) || relative.EndsWith(".css", StringComparison.Ordinal)
                                    || relative.EndsWith(".pagefind", StringComparison.Ordinal));
}
