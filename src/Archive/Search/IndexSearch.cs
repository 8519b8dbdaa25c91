using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Output;
using Archive.Pipelines;

namespace Archive.Search;

/// <summary>
/// Brings the search index up to date once every page is written into the staging folder, before the swap into
/// output/: only the partitions whose pages changed since the last build are indexed again, and only the bundles that
/// differ from those a reused staging folder holds are put in (<see cref="RemoveStaleFiles"/> leaves <c>pagefind/</c> to this).
/// </summary>
public sealed class IndexSearch : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        if (context.Build.Search is not { } setup || context.Build.StagingDirectory is not { } staging) return inputs;
        var scope = new SearchScope(context.Build.Site);
        var pages = context.OutputsOf<WrittenPage>(PipelineNames.Pages).Select(p => p.Path).Where(scope.Indexes);
        var report = SearchIndexer.Run(setup, staging, pages, manifest => SearchBundles.Update(setup.Cache, manifest, staging));
        if (report.Error is { } error) context.Diagnostics.Add(Problems.SearchFailed(error, setup.Cache.Folder));
        return inputs;
    }
}
