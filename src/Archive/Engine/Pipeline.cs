using System.Collections.Immutable;

namespace Archive.Engine;

/// <summary>A named list of modules per phase. A pipeline may read the output of the pipelines it depends on.</summary>
public sealed record Pipeline(string Name)
{
    public ImmutableArray<string> Dependencies { get; init; } = [];
    public ImmutableArray<IModule> Read { get; init; } = [];
    public ImmutableArray<IModule> Analyse { get; init; } = [];
    public ImmutableArray<IModule> Render { get; init; } = [];
    public ImmutableArray<IModule> Publish { get; init; } = [];

    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Read => Read,
        Phase.Analyse => Analyse,
        Phase.Render => Render,
        _ => Publish,
    };
}
