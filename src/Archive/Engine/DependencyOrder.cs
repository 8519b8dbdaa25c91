using System.Collections.Immutable;

namespace Archive.Engine;

/// <summary>Topological order of pipelines by their dependencies (Kahn's algorithm, stable by declaration order).</summary>
public static class DependencyOrder
{
    public static ImmutableArray<Pipeline<TRun>> Sort<TRun>(IReadOnlyList<Pipeline<TRun>> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name);
        foreach (var p in pipelines)
            foreach (var d in p.Dependencies.Where(d => !byName.ContainsKey(d)))
                throw new InvalidOperationException($"Pipeline '{p.Name}' depends on unknown pipeline '{d}'.");

        var remaining = pipelines.ToDictionary(p => p.Name, p => p.Dependencies.Length);
        var sorted = ImmutableArray.CreateBuilder<Pipeline<TRun>>();
        while (sorted.Count < pipelines.Count)
        {
            var ready = pipelines.FirstOrDefault(p => remaining.TryGetValue(p.Name, out var n) && n == 0);
            if (ready is null)
                throw new InvalidOperationException(
                    "Pipeline dependency cycle: " + string.Join(", ", remaining.Keys.Order(StringComparer.Ordinal)));
            remaining.Remove(ready.Name);
            sorted.Add(ready);
            foreach (var p in pipelines.Where(p => p.Dependencies.Contains(ready.Name)))
                if (remaining.ContainsKey(p.Name)) remaining[p.Name]--;
        }
        return sorted.ToImmutable();
    }
}
