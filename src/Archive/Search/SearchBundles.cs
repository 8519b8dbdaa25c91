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

    /// <summary>Writes through <paramref name="writer"/>, which leaves a file whose bytes are unchanged untouched.</summary>
    public static void Install(SearchCache cache, SearchManifest manifest, SiteWriter writer)
    {
        var files = new List<(string From, string To)>();
        for (var i = 0; i < manifest.Partitions.Count; i++)
        {
            var id = manifest.Partitions[i].Id;
            var bundle = cache.BundleOf(id);
            foreach (var file in Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(bundle, file).Replace('\\', '/');
                if (i == 0) files.Add((file, Folder + relative));
                else if (!IsScript(relative)) files.Add((file, $"{Folder}{id}/{relative}"));
            }
        }
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            file => writer.Write(file.To, File.ReadAllBytes(file.From)));

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
