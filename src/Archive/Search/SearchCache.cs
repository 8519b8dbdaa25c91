using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Search;

/// <summary>
/// The search index kept between builds, in a folder beside the output (<c>output.search/</c>): one Pagefind bundle
/// per partition and the manifest of which pages each holds. The build made the folder and marks it with
/// <see cref="MarkerFile"/>; it writes and deletes only inside a folder that carries the mark, and only what it made
/// there. Deleting the folder is always safe: the next build indexes everything again.
/// </summary>
public sealed class SearchCache
{
    public const string MarkerFile = "archive-search-cache.txt";
    const string ManifestFile = "manifest.json";
    const string Bundles = "bundles";
    const string Unfinished = ".unfinished-";

    SearchCache(string folder) => Folder = folder;

    public string Folder { get; }

    public static string FolderFor(string outputDirectory) => Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + ".search";

    /// <summary>The cache for <paramref name="outputDirectory"/>, made if missing; null when the folder exists but the build did not make it.</summary>
    public static SearchCache? Claim(string outputDirectory)
    {
        var folder = FolderFor(outputDirectory);
        var marker = Path.Combine(folder, MarkerFile);
        if (Directory.Exists(folder) && !File.Exists(marker)) return null;
        Directory.CreateDirectory(Path.Combine(folder, Bundles));
        if (!File.Exists(marker))
            File.WriteAllText(marker,
                $"The search index of `archive build` for {Path.GetFileName(folder[..^".search".Length])}/, " +
                "kept between builds so that only the partitions whose pages changed are indexed again.\n" +
                "The build writes and deletes files here. Delete the folder at any time; the next build indexes everything.\n");
        return new SearchCache(folder);
    }

    public string BundleOf(string id) => Path.Combine(Folder, Bundles, id);

    public bool HasBundle(string id) => File.Exists(Path.Combine(BundleOf(id), "pagefind-entry.json"));

    /// <summary>
    /// A fresh folder for work on a partition: the site Pagefind reads, or its new bundle, which replaces the old one
    /// only once Pagefind has written it whole.
    /// </summary>
    public string NewWorkFolder(string id) => Path.Combine(Folder, Bundles, $"{Unfinished}{id}-{Guid.NewGuid():N}");

    public void Replace(string id, string newBundle)
    {
        Delete(id);
        Directory.Move(newBundle, BundleOf(id));
    }

    public void Delete(string id)
    {
        if (Directory.Exists(BundleOf(id))) Directory.Delete(BundleOf(id), recursive: true);
    }

    /// <summary>Removes what a failed or interrupted build left half-written (ours: it carries our prefix, in our folder).</summary>
    public void RemoveUnfinished()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(Folder, Bundles), Unfinished + "*"))
            Directory.Delete(dir, recursive: true);
    }

    /// <summary>Removes every bundle but those of <paramref name="ids"/>, and anything half-written.</summary>
    public void RemoveBundlesExcept(IEnumerable<string> ids)
    {
        var keep = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(Folder, Bundles)))
            if (!keep.Contains(Path.GetFileName(dir))) Directory.Delete(dir, recursive: true);
    }

    public SearchManifest? ReadManifest()
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(Folder, ManifestFile)), ManifestJson.Default.SearchManifest);
        }
        catch (Exception e) when (e is IOException or JsonException or NotSupportedException)
        {
            return null; // none yet, or unreadable: index everything
        }
    }

    /// <summary>Written whole and then renamed, so an interrupted build leaves the old manifest or the new one.</summary>
    public void WriteManifest(SearchManifest manifest)
    {
        var path = Path.Combine(Folder, ManifestFile);
        var temporary = path + Unfinished + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJson.Default.SearchManifest));
        File.Move(temporary, path, overwrite: true);
    }
}

[JsonSerializable(typeof(SearchManifest))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class ManifestJson : JsonSerializerContext;
