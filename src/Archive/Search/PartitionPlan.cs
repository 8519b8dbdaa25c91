namespace Archive.Search;

/// <summary>A page Pagefind indexes: its path in the site and the hash of its bytes, which are what Pagefind reads.</summary>
public readonly record struct IndexedPage(string Path, string Hash);

/// <summary>One partition: an id that names its bundle (<c>pagefind/p3/</c>) and its pages with their hashes when indexed.</summary>
public sealed record Partition(string Id, SortedDictionary<string, string> Pages);

/// <summary>What the cache remembers between builds. A different <see cref="Signature"/> (another Pagefind, another partition size) starts over.</summary>
public sealed record SearchManifest(string Signature, int NextId, List<Partition> Partitions);

/// <summary>
/// Which partition each page belongs to, and which partitions must be indexed again. A page stays in its partition
/// for as long as it exists, so an edit re-indexes only the partition that holds the page and a new article joins one
/// partition instead of shifting every page after it; only a partition whose pages changed (a hash differs, a page came
/// or went) or whose bundle is missing is dirty. From scratch, pages are cut into partitions in path order.
/// </summary>
/// <param name="Manifest">The partitions after this build, the first one the primary bundle the browser loads.</param>
/// <param name="Dirty">The ids of the partitions to index.</param>
/// <remarks>A partition left without pages is dropped; its bundle, like any bundle the manifest does not name, is deleted once the manifest is written.</remarks>
public sealed record PartitionPlan(SearchManifest Manifest, IReadOnlySet<string> Dirty)
{
    public static PartitionPlan Make(SearchManifest? previous, string signature, IEnumerable<IndexedPage> pages, int size, Func<string, bool> hasBundle)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        // Ids go on from the old ones, so no bundle of another signature is ever taken for a new partition's.
        if (previous is null || previous.Signature != signature) previous = new SearchManifest(signature, previous?.NextId ?? 0, []);
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages) current[page.Path] = page.Hash;

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var partitions = new List<Partition>();
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        foreach (var old in previous.Partitions)
        {
            var kept = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var changed = !hasBundle(old.Id);
            foreach (var (path, hash) in old.Pages)
            {
                if (current.TryGetValue(path, out var now) && placed.Add(path))
                {
                    kept[path] = now;
                    changed |= now != hash;
                }
                else changed = true;
            }
            if (kept.Count == 0) continue;
            partitions.Add(new Partition(old.Id, kept));
            if (changed) dirty.Add(old.Id);
        }

        // New pages fill partitions that are indexed anyway, then the emptiest, and only then open a new one.
        var nextId = previous.NextId;
        var arriving = current.Keys.Where(p => !placed.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var at = 0;
        while (at < arriving.Count)
        {
            var target = partitions.Where(p => dirty.Contains(p.Id) && p.Pages.Count < size).FirstOrDefault()
                         ?? partitions.Where(p => p.Pages.Count < size).MinBy(p => p.Pages.Count);
            if (target is null)
            {
                target = new Partition($"p{nextId++}", new SortedDictionary<string, string>(StringComparer.Ordinal));
                partitions.Add(target);
            }
            dirty.Add(target.Id);
            for (; at < arriving.Count && target.Pages.Count < size; at++) target.Pages[arriving[at]] = current[arriving[at]];
        }
        return new PartitionPlan(new SearchManifest(signature, nextId, partitions), dirty);
    }
}
