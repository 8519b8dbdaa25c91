using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Output;

namespace Archive.Search;

/// <summary>
/// Brings the search index up to date once every page is written into the staging folder, before the swap into
/// output/: only the partitions whose pages changed since the last build are indexed again, and only the bundles that
/// differ from those a reused staging folder holds are put in (<see cref="RemoveStaleFiles"/> leaves <c>pagefind/</c> to this).
/// </summary>
/// <param name="setup">Pagefind and the search cache, or null when there is no search to index.</param>
/// <param name="staging">The folder the pages were written into.</param>
public sealed class IndexSearch(SearchSetup? setup, string? staging) : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        if (setup is null || staging is null) return inputs;
        var scope = new SearchScope(context.Build.Site);
        var pages = context.FromDependencies<WrittenPage>().Select(p => p.Path).Where(scope.Indexes);
        var report = SearchIndexer.Run(setup, staging, pages, manifest => SearchBundles.Update(setup.Cache, manifest, staging));
        if (report.Error is { } error) context.Build.Diagnostics.Add(Problems.SearchFailed(error, setup.Cache.Folder));
        return inputs;
    }
}
