using System.Collections.Immutable;

namespace Archive.Engine;

public static class ParallelMap
{
    /// <summary>Maps independent documents on all cores, keeping their order; a null result drops the document.</summary>
    public static ImmutableArray<Document> Map<TIn>(this ImmutableArray<Document> inputs, Func<TIn, Document?> map) where TIn : Document
    {
        var items = inputs.OfType<TIn>().ToArray();
        var results = new Document?[items.Length];
        Parallel.For(0, items.Length, i => results[i] = map(items[i]));
        return [.. results.Where(r => r is not null)!];
    }
}
