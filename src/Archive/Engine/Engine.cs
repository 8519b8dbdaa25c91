using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace Archive.Engine;

/// <summary>
/// Runs pipelines phase by phase. Within a phase a pipeline starts once every pipeline it depends on, directly or not,
/// has finished that phase, and pipelines that wait for nothing run together; a dependency cycle is rejected up front.
/// </summary>
/// <typeparam name="TRun">What every module of a run sees; <paramref name="failed"/> tells the engine whether it holds an error.</typeparam>
/// <param name="failed">True when the run has reported an error: the engine stops after the analyse phase, since an
/// incomplete model would only add noise when rendered.</param>
public sealed class Engine<TRun>
{
    readonly ImmutableArray<Pipeline<TRun>> _ordered;
    readonly Func<TRun, bool> _failed;

    /// <summary>Each pipeline's dependencies, direct or not.</summary>
    readonly Dictionary<string, HashSet<string>> _upstream = [];

    public Engine(IEnumerable<Pipeline<TRun>> pipelines, Func<TRun, bool> failed)
    {
        _failed = failed;
        _ordered = DependencyOrder.Sort(pipelines.ToList());
        foreach (var pipeline in _ordered)
            _upstream[pipeline.Name] = [.. pipeline.Dependencies, .. pipeline.Dependencies.SelectMany(d => _upstream[d])];
    }

    /// <summary>Runs the phases up to <paramref name="last"/>, stopping early when an error was reported.</summary>
    /// <param name="progress">Told "phase: pipelines" as pipelines start a phase (the CLI's progress display).</param>
    /// <param name="runs">
    /// Which modules run (all when null). A pipeline stops at the first module left out, for the rest of the run: a
    /// later module must not see documents that one did not handle. What was left out is in <see cref="EngineResult.Skipped"/>.
    /// </param>
    /// <param name="oneThread">
    /// Run the pipelines one after the other on the calling thread, in dependency order: for runs over a handful of
    /// documents (preview after a save), where starting threads and waiting for them is most of the cost.
    /// </param>
    /// <param name="memo">
    /// Results of per-document modules from earlier runs (preview keeps one): a document the memo knows is not handled
    /// again. Null in a build, which handles every document once.
    /// </param>
    public EngineResult Run(TRun build, Phase last = Phase.Publish, Action<string>? progress = null, Func<IModule<TRun>, bool>? runs = null,
        bool oneThread = false, DocumentMemo<TRun>? memo = null)
    {
        var stopped = new ConcurrentDictionary<string, string>();
        var results = new ConcurrentDictionary<string, ImmutableArray<object>>();
        var timings = new List<PhaseTiming>();
        var modules = new ConcurrentQueue<ModuleTiming>();
        foreach (var phase in Enum.GetValues<Phase>().Where(p => p <= last))
        {
            var clock = Stopwatch.StartNew();
            // Independent pipelines run together: they overlap their I/O when reading, and each other's serial stretches
            // after (each is parallel inside, but never quite keeps every core busy to the end).
            var pending = _ordered.Where(p => !p.ModulesOf(phase).IsEmpty).ToList();
            while (pending.Count > 0)
            {
                var ready = pending.Where(p => !pending.Any(q => _upstream[p.Name].Contains(q.Name))).ToList();
                progress?.Invoke($"{phase.ToString().ToLowerInvariant()}: {string.Join(", ", ready.Select(p => p.Name))}");
                // Each on a thread of its own rather than the pool's: a pipeline runs parallel loops of its own, and pool
                // threads waiting on those loops starved them until the pool added threads, one per half second
                // (reading 1,000 articles took 650 ms instead of 140).
                if (oneThread) foreach (var p in ready) RunPhase(build, p, phase, results, modules, runs, stopped, memo);
                else Task.WaitAll(ready.Select(p => Task.Factory.StartNew(() => RunPhase(build, p, phase, results, modules, runs, stopped, memo), TaskCreationOptions.LongRunning)));
                pending.RemoveAll(ready.Contains);
            }
            timings.Add(new PhaseTiming(phase, clock.Elapsed));
            // An error after parsing means the model is incomplete: rendering or writing it would only add noise.
            if (phase >= Phase.Analyse && _failed(build)) break;
        }
        return new EngineResult(results.ToImmutableDictionary(), timings, [.. modules]) { Skipped = stopped.ToImmutableDictionary() };
    }

    static void RunPhase(TRun build, Pipeline<TRun> pipeline, Phase phase, ConcurrentDictionary<string, ImmutableArray<object>> results,
        ConcurrentQueue<ModuleTiming> timings, Func<IModule<TRun>, bool>? runs, ConcurrentDictionary<string, string> stopped,
        DocumentMemo<TRun>? memo)
    {
        var docs = results.GetValueOrDefault(pipeline.Name, []);
        var context = new PipelineContext<TRun>(build, pipeline, phase, results);
        var modules = pipeline.ModulesOf(phase);
        for (var position = 0; position < modules.Length; position++)
        {
            var module = modules[position];
            if (stopped.ContainsKey(pipeline.Name)) break;
            if (runs is not null && !runs(module))
            {
                stopped[pipeline.Name] = module.GetType().Name;
                break;
            }
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            // A module that makes its documents from nothing (reading the input) always runs: it decides what is new.
            docs = memo is not null && module is IPerDocument && !docs.IsEmpty
                ? memo.Execute(module, $"{pipeline.Name}/{phase}/{position}/{module.GetType().Name}", docs, context, own => new PipelineContext<TRun>(own, pipeline, phase, results))
                : module.Execute(docs, context);
            timings.Enqueue(new ModuleTiming(phase, pipeline.Name, module.GetType().Name, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu,
                GC.GetTotalMemory(forceFullCollection: false)));
        }
        results[pipeline.Name] = docs;
    }
}

public sealed record PhaseTiming(Phase Phase, TimeSpan Elapsed);

/// <summary>One module's run: wall time, and the process's CPU time meanwhile (all threads), for finding hot spots.</summary>
/// <param name="HeapAfter">Managed heap size when the module finished, garbage included (for profiling memory).</param>
public sealed record ModuleTiming(Phase Phase, string Pipeline, string Module, TimeSpan Wall, TimeSpan Cpu, long HeapAfter);

public sealed record EngineResult(ImmutableDictionary<string, ImmutableArray<object>> Outputs, IReadOnlyList<PhaseTiming> Timings,
    IReadOnlyList<ModuleTiming> Modules)
{
    /// <summary>Pipelines stopped by the run's filter, each with the module it stopped at.</summary>
    public ImmutableDictionary<string, string> Skipped { get; init; } = ImmutableDictionary<string, string>.Empty;

    public IEnumerable<T> OutputsOf<T>(string pipeline) where T : class =>
        Outputs.TryGetValue(pipeline, out var docs) ? docs.OfType<T>() : [];
}
