using System.Collections.Immutable;

namespace Archive.Engine;

public static class ParallelMap
{
    /// <summary>Maps independent documents on all cores, keeping their order; a null result drops the document.</summary>
    public static ImmutableArray<object> Map<TIn>(this ImmutableArray<object> inputs, Func<TIn, object?> map) where TIn : class
    {
        var items = inputs.OfType<TIn>().ToArray();
        var results = new object?[items.Length];
        Parallel.For(0, items.Length, i => results[i] = map(items[i]));
        return [.. results.OfType<object>()];
    }
}
