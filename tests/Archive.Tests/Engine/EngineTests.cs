using System.Collections.Concurrent;
using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Model;

namespace Archive.Tests.Engine;

/// <summary>
/// The engine's order within a phase: pipelines that wait for nothing run together, the others after what they depend
/// on.
/// </summary>
public sealed class EngineTests
{
    static readonly BuildContext Build = new("input", "theme",
        new SiteSettings("t", "d", new Uri("https://example.org/"), "zh-Hant", [], 20), new DiagnosticBag());

    /// <summary>Records when it starts and ends; may wait at a barrier that only a partner running alongside passes.</summary>
    sealed class Step(string name, ConcurrentQueue<string> log, Barrier? meet = null) : IModule
    {
        public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
        {
            log.Enqueue($"start {name}");
            var met = meet?.SignalAndWait(TimeSpan.FromSeconds(10));
            log.Enqueue(met == false ? $"alone {name}" : $"end {name}");
            return inputs;
        }
    }

    [Fact]
    public void Independent_pipelines_process_together()
    {
        var log = new ConcurrentQueue<string>();
        using var meet = new Barrier(2);
        Archive.Pipelines.ArchiveEngine.Of([
            new Pipeline("articles") { Analyse = [new Step("articles", log, meet)] },
            new Pipeline("notes") { Analyse = [new Step("notes", log, meet)] },
        ]).Run(Build, Phase.Analyse);

        // Each waited at the barrier for the other: run one after the other, both would have given up alone.
        Assert.DoesNotContain(log, line => line.StartsWith("alone", StringComparison.Ordinal));
        Assert.Equal(4, log.Count);
    }

    [Fact]
    public void A_pipeline_waits_for_what_it_depends_on_even_through_a_pipeline_with_nothing_to_do()
    {
        var log = new ConcurrentQueue<string>();
        Archive.Pipelines.ArchiveEngine.Of([
            new Pipeline("pages") { Dependencies = ["catalog"], Analyse = [new Step("pages", log)] },
            new Pipeline("catalog") { Dependencies = ["notes"] },
            new Pipeline("notes") { Analyse = [new Step("notes", log)] },
        ]).Run(Build, Phase.Analyse);

        Assert.Equal(["start notes", "end notes", "start pages", "end pages"], log.ToArray());
    }

    /// <summary>Reads another pipeline's documents in the process phase, where only declared dependencies are visible.</summary>
    sealed class Reader(string other) : IModule
    {
        public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context) => context.OutputsOf(other);
    }

    [Fact]
    public void A_dependency_cycle_is_rejected_before_anything_runs()
    {
        var log = new ConcurrentQueue<string>();
        var error = Assert.Throws<InvalidOperationException>(() => Archive.Pipelines.ArchiveEngine.Of([
            new Pipeline("a") { Dependencies = ["b"], Analyse = [new Step("a", log)] },
            new Pipeline("b") { Dependencies = ["a"], Analyse = [new Step("b", log)] },
            new Pipeline("c") { Analyse = [new Step("c", log)] },
        ]));
        Assert.Contains("cycle", error.Message);
        Assert.Contains("a, b", error.Message);
        Assert.Empty(log);
    }

    [Fact]
    public void A_dependency_on_an_unknown_pipeline_is_rejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Archive.Pipelines.ArchiveEngine.Of([new Pipeline("pages") { Dependencies = ["catalgo"] }]));
        Assert.Contains("'catalgo'", error.Message);
    }

    [Fact]
    public void Reading_a_pipeline_not_depended_on_is_an_error_in_the_process_phase()
    {
        var engine = Archive.Pipelines.ArchiveEngine.Of([
            new Pipeline("notes") { Analyse = [] },
            new Pipeline("pages") { Analyse = [new Reader("notes")] },
        ]);
        var error = Assert.Throws<AggregateException>(() => engine.Run(Build, Phase.Analyse)).Flatten().InnerExceptions.Single();
        Assert.Equal("Pipeline 'pages' reads 'notes' without depending on it.", error.Message);
    }

    [Fact]
    public void Reading_a_declared_dependency_sees_its_documents()
    {
        var result = Archive.Pipelines.ArchiveEngine.Of([
            new Pipeline("notes") { Read = [new Produce("n1")] },
            new Pipeline("pages") { Dependencies = ["notes"], Analyse = [new Reader("notes")] },
        ]).Run(Build, Phase.Analyse);
        Assert.Equal(["n1"], result.OutputsOf<Named>("pages").Select(n => n.Name));
    }

    sealed record Named(string Name);

    sealed class Produce(string name) : IModule
    {
        public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context) => [new Named(name)];
    }

    sealed class PerDocumentStep(string name, ConcurrentQueue<string> log) : IModule, IPerDocument
    {
        public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
        {
            log.Enqueue(name);
            return inputs;
        }
    }

    [Fact]
    public void A_filtered_run_stops_a_pipeline_at_the_first_module_left_out_and_says_which()
    {
        var log = new ConcurrentQueue<string>();
        var result = Archive.Pipelines.ArchiveEngine.Of([
            new Pipeline("articles") { Read = [new PerDocumentStep("read", log)], Analyse = [new Step("whole", log), new PerDocumentStep("after", log)] },
            new Pipeline("notes") { Analyse = [new PerDocumentStep("notes", log)] },
        ]).Run(Build, Phase.Analyse, runs: module => module is IPerDocument);

        Assert.Equal(["notes", "read"], log.Order(StringComparer.Ordinal));
        Assert.Equal("Step", Assert.Single(result.Skipped, s => s.Key == "articles").Value);
    }

    sealed class WhichThread(ConcurrentQueue<int> threads) : IModule
    {
        public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
        {
            threads.Enqueue(Environment.CurrentManagedThreadId);
            return inputs;
        }
    }

    [Fact]
    public void A_run_on_one_thread_runs_every_pipeline_on_the_calling_thread()
    {
        var threads = new ConcurrentQueue<int>();
        Archive.Pipelines.ArchiveEngine.Of([
            new Pipeline("articles") { Read = [new WhichThread(threads)], Analyse = [new WhichThread(threads)] },
            new Pipeline("notes") { Analyse = [new WhichThread(threads)] },
        ]).Run(Build, Phase.Analyse, oneThread: true);

        Assert.Equal(3, threads.Count);
        Assert.All(threads, id => Assert.Equal(Environment.CurrentManagedThreadId, id));
    }
}
