using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Archive.Search;

/// <summary>What one indexing did: partitions in all, and how many were indexed again.</summary>
/// <param name="Error">Pagefind's own message when a partition could not be indexed; that partition is indexed again next time.</param>
public sealed record SearchIndexReport(int Partitions, int Reindexed, TimeSpan Elapsed, string? Error = null);

/// <summary>
/// Brings the search index of a written site up to date: hashes the pages Pagefind reads, indexes again only the
/// partitions whose pages changed (at most one Pagefind per core, each into its own bundle in the cache), and installs
/// the bundles into the site's <c>pagefind/</c> folder, where the search page merges them into one index. A build runs
/// it over its staging folder before the swap; preview runs it in the background after each rebuild.
/// </summary>
public static class SearchIndexer
{
    /// <param name="pages">The site paths of the pages to index (<see cref="SearchScope"/>).</param>
    /// <param name="install">Puts the bundles the manifest names into the site (<see cref="SearchBundles"/>).</param>
    public static SearchIndexReport Run(SearchSetup setup, string siteFolder, IEnumerable<string> pages, Action<SearchManifest> install)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cache = setup.Cache;
        cache.RemoveUnfinished();
        var plan = PartitionPlan.Make(cache.ReadManifest(), setup.Signature, Hash(siteFolder, pages), setup.PartitionSize, cache.HasBundle);

        var failed = new ConcurrentDictionary<string, string>();
        var dirty = plan.Manifest.Partitions.Where(p => plan.Dirty.Contains(p.Id)).OrderByDescending(p => p.Pages.Count).ToList();
        // One partition at a time to each worker, so the last runs are not left to one core.
        Parallel.ForEach(Partitioner.Create(dirty, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, partition =>
        {
            var site = cache.NewWorkFolder(partition.Id);
            var bundle = cache.NewWorkFolder(partition.Id);
            try
            {
                PartitionSite.Create(siteFolder, partition.Pages.Keys, site);
                if (setup.Pagefind.Index(site, bundle) is { } error) failed[partition.Id] = $"{partition.Id}: {error}";
                else cache.Replace(partition.Id, bundle);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed[partition.Id] = $"{partition.Id}: {e.Message}";
            }
            finally
            {
                if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
            }
        });
        // A partition that failed loses its bundle, so the manifest stays true (every bundle in it holds what it lists)
        // and the next build indexes that partition again.
        foreach (var id in failed.Keys) cache.Delete(id);
        cache.WriteManifest(plan.Manifest);
        cache.RemoveBundlesExcept(plan.Manifest.Partitions.Select(p => p.Id));
        var report = new SearchIndexReport(plan.Manifest.Partitions.Count, dirty.Count - failed.Count, clock.Elapsed);
        if (!failed.IsEmpty) return report with { Error = string.Join("; ", failed.Values.Order(StringComparer.Ordinal)) };
        install(plan.Manifest);
        return report with { Elapsed = clock.Elapsed };
    }

    /// <summary>The hash of each page's bytes: what Pagefind is given, so an unchanged hash means an unchanged index.</summary>
    static List<IndexedPage> Hash(string siteFolder, IEnumerable<string> pages)
    {
        var hashed = new ConcurrentBag<IndexedPage>();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            using (var file = File.OpenRead(Path.Combine(siteFolder, path))) SHA256.HashData(file, hash);
            hashed.Add(new IndexedPage(path, Convert.ToHexString(hash[..16])));
        });
        return [.. hashed];
    }
}
