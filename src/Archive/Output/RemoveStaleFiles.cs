using System.Collections.Immutable;
using Archive.Engine;

namespace Archive.Output;

/// <summary>
/// Once every page and asset is written: removes what a reused staging folder still held from an older build (a
/// deleted note's page, an old search index), so the folder holds exactly this build's site. A build that indexes
/// search leaves <c>pagefind/</c> to <see cref="Search.IndexSearch"/>, which keeps the bundles that are still current
/// and removes the rest.
/// </summary>
/// <param name="leave">A folder the stale pass leaves alone (the search bundles, when this build indexes search), or null.</param>
public sealed class RemoveStaleFiles(SiteWriter writer, string? leave) : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        writer.RemoveStale(leave);
        return inputs;
    }
}
