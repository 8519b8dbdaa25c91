using System.Collections.Immutable;

namespace Archive.Engine;

/// <summary>A named list of modules per phase. A pipeline may read the output of the pipelines it depends on.</summary>
public sealed record Pipeline<TRun>(string Name)
{
    public ImmutableArray<string> Dependencies { get; init; } = [];
    public ImmutableArray<IModule<TRun>> Read { get; init; } = [];
    public ImmutableArray<IModule<TRun>> Analyse { get; init; } = [];
    public ImmutableArray<IModule<TRun>> Render { get; init; } = [];
    public ImmutableArray<IModule<TRun>> Publish { get; init; } = [];

    public ImmutableArray<IModule<TRun>> ModulesOf(Phase phase) => phase switch
    {
        Phase.Read => Read,
        Phase.Analyse => Analyse,
        Phase.Render => Render,
        _ => Publish,
    };
}
