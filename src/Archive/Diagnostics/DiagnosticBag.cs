using System.Collections.Concurrent;

namespace Archive.Diagnostics;

/// <summary>Every stage adds its problems here and keeps going; the build stops before output if any is an error.</summary>
public sealed class DiagnosticBag
{
    readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int Count(Severity severity) => _items.Count(d => d.Severity == severity);

    /// <summary>In file order, so a run's report reads top to bottom whatever the thread scheduling was.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
              .ThenBy(d => d.Location.Line)
              .ThenBy(d => d.Location.Column)
              .ThenBy(d => d.Code, StringComparer.Ordinal)
              .ToList();
}
