using System.Collections.Concurrent;

namespace Archive.Diagnostics;

/// <summary>Every stage adds its problems here and keeps going; the build stops before output if any is an error.</summary>
public sealed class DiagnosticBag
{
    readonly ConcurrentQueue<Diagnostic> _items = new();

    // Counted as they come: every parsed document asks how many errors there are, before and after it.
    readonly int[] _counts = new int[Enum.GetValues<Severity>().Length];

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        Interlocked.Increment(ref _counts[(int)diagnostic.Severity]);
    }

    /// <summary>Adds every problem of <paramref name="other"/> (one file's, gathered apart) to this bag.</summary>
    public void AddAll(DiagnosticBag other)
    {
        foreach (var diagnostic in other._items) Add(diagnostic);
    }

    public bool HasErrors => Count(Severity.Error) > 0;

    public int Count(Severity severity) => Volatile.Read(ref _counts[(int)severity]);

    /// <summary>In file order, so a run's report reads top to bottom whatever the thread scheduling was.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
              .ThenBy(d => d.Location.Line)
              .ThenBy(d => d.Location.Column)
              .ThenBy(d => d.Code, StringComparer.Ordinal)
              .ToList();
}
