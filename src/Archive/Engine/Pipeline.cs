using System.Collections.Immutable;

namespace Archive.Engine;

/// <summary>A named list of modules per phase. A pipeline may read the output of the pipelines it depends on.</summary>
public sealed record Pipeline(string Name)
{
    public ImmutableArray<string> Dependencies { get; init; } = [];
    public ImmutableArray<IModule> Input { get; init; } = [];
    public ImmutableArray<IModule> Process { get; init; } = [];
    public ImmutableArray<IModule> PostProcess { get; init; } = [];
    public ImmutableArray<IModule> Output { get; init; } = [];

    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}
