using Archive.Diagnostics;

namespace Archive.Search;

/// <summary>What indexing needs: Pagefind, the cache beside the output, and how many pages a partition holds at most.</summary>
/// <param name="PartitionSize">
/// Pagefind holds about 1 MB per Chinese page until it writes the bundle, and as many run at once as there are cores:
/// 300 pages keeps two runs and the build itself (about 700 MB at 10,000 articles) under 1.5 GiB. Tests make it small
/// to get many partitions from a few pages.
/// </param>
public sealed record SearchSetup(Pagefind Pagefind, SearchCache Cache, int PartitionSize)
{
    public const int DefaultPartitionSize = 300;

    /// <summary>What the bundles in the cache depend on besides the pages: when it changes, everything is indexed again.</summary>
    public string Signature => $"archive search 1; pagefind {Pagefind.Version}; {PartitionSize} pages per partition";

    /// <summary>The setup for a build into <paramref name="outputDirectory"/>, or null (with a warning saying why) when there is no search.</summary>
    public static SearchSetup? For(string inputDirectory, string outputDirectory, int partitionSize, DiagnosticBag diagnostics)
    {
        if (Pagefind.Locate(inputDirectory) is not { } pagefind)
        {
            diagnostics.Add(Problems.SearchUnavailable());
            return null;
        }
        if (SearchCache.Claim(outputDirectory) is not { } cache)
        {
            diagnostics.Add(Problems.SearchCacheNotOurs(SearchCache.FolderFor(outputDirectory)));
            return null;
        }
        return new SearchSetup(pagefind, cache, partitionSize);
    }
}
