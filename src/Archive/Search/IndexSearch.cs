using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;

namespace Archive.Search;

/// <summary>Runs Pagefind over the staging folder once every page is written, before the swap into output/.</summary>
public sealed class IndexSearch : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (context.Build.Search is not { } pagefind || context.Build.StagingDirectory is not { } staging) return inputs;
        if (pagefind.Index(staging) is { } error)
            context.Diagnostics.Add(Problems.SearchFailed(error));
        return inputs;
    }
}
