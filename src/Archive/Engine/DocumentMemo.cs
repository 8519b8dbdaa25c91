using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Archive.Engine;

/// <summary>
/// What each per-document module (<see cref="IPerDocument"/>) made of each document in earlier runs, so that a run
/// re-does the work only for documents it has not seen. A document is known by the object itself: the module that
/// reads the inputs hands out the very object it handed out before when a file's path and content are unchanged, so
/// everything made from that object downstream is the same object again, and one lookup per module decides.
/// What a module reported about a document (the run's own state, e.g. its diagnostics) is kept with the result and
/// replayed when the result is reused, so a run with the memo reports what a run without it does.
/// Entries live as long as their input document (weakly held), so a replaced file's entries go with it.
/// </summary>
/// <param name="isolate">A run like the given one whose reports go somewhere of their own (a fresh diagnostics bag).</param>
/// <param name="replay">Adds what an isolated run reported to the given run.</param>
public sealed class DocumentMemo<TRun>(Func<TRun, TRun> isolate, Action<TRun, TRun> replay)
{
    sealed record Result(ImmutableArray<object> Outputs, TRun Reported);

    ConcurrentDictionary<string, ConditionalWeakTable<object, Result>> _byModule = new();

    /// <summary>
    /// Forgets everything: for when something a per-document module reads besides its document changed (the run's
    /// settings, a file the document refers to), which the document's own identity cannot tell.
    /// </summary>
    public void Clear() => _byModule = new();

    /// <summary>
    /// The module's outputs for <paramref name="inputs"/>, in their order: remembered ones replayed, the others made
    /// one document at a time (in parallel) and remembered.
    /// </summary>
    internal ImmutableArray<object> Execute(IModule<TRun> module, string key, ImmutableArray<object> inputs, PipelineContext<TRun> context,
        Func<TRun, PipelineContext<TRun>> contextFor)
    {
        var table = _byModule.GetOrAdd(key, _ => new ConditionalWeakTable<object, Result>());
        var results = new Result?[inputs.Length];
        var missing = new List<int>();
        for (var i = 0; i < inputs.Length; i++)
            if (table.TryGetValue(inputs[i], out var known)) results[i] = known;
            else missing.Add(i);
        Parallel.ForEach(missing, i =>
        {
            var own = isolate(context.Build);
            results[i] = table.GetValue(inputs[i], _ => new Result(module.Execute([inputs[i]], contextFor(own)), own));
        });
        var outputs = ImmutableArray.CreateBuilder<object>(inputs.Length);
        foreach (var result in results)
        {
            replay(result!.Reported, context.Build);
            outputs.AddRange(result.Outputs);
        }
        return outputs.ToImmutable();
    }
}
