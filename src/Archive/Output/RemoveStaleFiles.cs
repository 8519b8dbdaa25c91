using System.Collections.Immutable;
using Archive.Engine;

namespace Archive.Output;

/// <summary>
/// Once every page and asset is written: removes what a reused staging folder still held from an older build (a
/// deleted note's page, an old search index), so the folder holds exactly this build's site. A build that indexes
/// search leaves <c>pagefind/</c> to <see cref="Search.IndexSearch"/>, which keeps the bundles that are still current
/// and removes the rest.
/// </summary>
public sealed class RemoveStaleFiles : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        context.Build.Writer?.RemoveStale(context.Build.Search is null ? null : Search.SearchBundles.Folder);
        return inputs;
    }
}
