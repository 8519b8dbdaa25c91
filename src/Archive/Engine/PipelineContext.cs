using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Archive.Engine;

/// <summary>What a module sees: the run's settings, and the documents other pipelines produced.</summary>
public sealed class PipelineContext<TRun>(TRun build, Pipeline<TRun> pipeline, Phase phase, ConcurrentDictionary<string, ImmutableArray<object>> results)
{
    public TRun Build { get; } = build;
    public Pipeline<TRun> Pipeline { get; } = pipeline;
    public Phase Phase { get; } = phase;

    /// <summary>
    /// Documents of another pipeline. In the analyse phase only declared dependencies are visible, so the order of
    /// pipelines is explicit; from the render phase on, every pipeline's results are.
    /// </summary>
    public ImmutableArray<object> OutputsOf(string pipelineName)
    {
        if (Phase <= Phase.Analyse && !Pipeline.Dependencies.Contains(pipelineName))
            throw new InvalidOperationException($"Pipeline '{Pipeline.Name}' reads '{pipelineName}' without depending on it.");
        return results.TryGetValue(pipelineName, out var docs) ? docs : [];
    }

    public IEnumerable<T> OutputsOf<T>(string pipelineName) where T : class => OutputsOf(pipelineName).OfType<T>();

    /// <summary>
    /// The documents of type <typeparamref name="T"/> that the pipelines this one depends on produced, in the order
    /// of its dependencies: a module asks for what it needs by type, and which pipeline makes it is the table's business.
    /// </summary>
    public IEnumerable<T> FromDependencies<T>() where T : class =>
        Pipeline.Dependencies.SelectMany(name => results.TryGetValue(name, out var docs) ? docs : []).OfType<T>();
}
