using System.Collections.Immutable;
using Archive.Engine;

namespace Archive.Output;

/// <summary>
/// Once every page and asset is written: removes what a reused staging folder still held from an older build (a
/// deleted note's page, an old search index), so the folder holds exactly this build's site.
/// </summary>
public sealed class RemoveStaleFiles(SiteWriter writer) : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        writer.RemoveStale();
        return inputs;
    }
}
