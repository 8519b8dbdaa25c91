using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Model;
using Archive.Pipelines;

namespace Archive.Tests.Engine;

/// <summary>
/// The engine's memory of per-document modules: a document it has seen (the same object) is not handled again, what
/// was reported about it is reported again, and the outputs keep their documents' order.
/// </summary>
public sealed class DocumentMemoTests
{
    static BuildContext NewBuild() => new("input", "theme",
        new SiteSettings("t", "d", new Uri("https://example.org/"), "zh-Hant", [], 20), new DiagnosticBag());

    /// <summary>Hands out the given documents, as reading the input does.</summary>
    sealed class Source(object[] documents) : IModule, IPerDocument
    {
        public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context) => inputs.AddRange(documents);
    }

    /// <summary>Upper-cases each text, counts its calls, and warns about a text that says so.</summary>
    sealed class Shout(List<string> seen) : IModule, IPerDocument
    {
        public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context) => inputs.Map<string>(text =>
        {
            lock (seen) seen.Add(text);
            if (text.StartsWith("warn", StringComparison.Ordinal))
                context.Build.Diagnostics.Add(new Diagnostic("TEST", Severity.Warning, new SourceLocation(text, 1, 1), text, "none"));
            return text.ToUpperInvariant();
        });
    }

    static (ImmutableArray<object> Outputs, IReadOnlyList<Diagnostic> Reported) Run(object[] documents, List<string> seen, DocumentMemo<BuildContext> memo)
    {
        var build = NewBuild();
        var result = ArchiveEngine.Of([new Pipeline("p") { Read = [new Source(documents)], Analyse = [new Shout(seen)] }])
            .Run(build, Phase.Analyse, memo: memo);
        return (result.Outputs["p"], build.Diagnostics.Sorted());
    }

    [Fact]
    public void A_document_seen_before_is_not_handled_again_and_its_diagnostics_come_back()
    {
        var memo = new AnalysisCache().Documents;
        var (a, warn, b) = ("a", "warn-b", "c");
        var seen = new List<string>();
        var first = Run([a, warn, b], seen, memo);
        Assert.Equal(["A", "WARN-B", "C"], first.Outputs.Cast<string>());
        Assert.Single(first.Reported);

        seen.Clear();
        // A new object with the same text is another document: only it is handled.
        var changed = new string("c".ToCharArray());
        var second = Run([a, warn, changed], seen, memo);
        Assert.Equal(["c"], seen);
        Assert.Equal(["A", "WARN-B", "C"], second.Outputs.Cast<string>());
        Assert.Equal("TEST", Assert.Single(second.Reported).Code);

        seen.Clear();
        memo.Clear();
        Run([a, warn, changed], seen, memo);
        Assert.Equal(3, seen.Count);
    }

    [Fact]
    public void Without_a_memo_every_document_is_handled_every_time()
    {
        var seen = new List<string>();
        var build = NewBuild();
        var engine = ArchiveEngine.Of([new Pipeline("p") { Read = [new Source(["a", "b"])], Analyse = [new Shout(seen)] }]);
        engine.Run(build, Phase.Analyse);
        engine.Run(build, Phase.Analyse);
        Assert.Equal(4, seen.Count);
    }
}
