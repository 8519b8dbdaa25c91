using System.Collections.Concurrent;

namespace Archive.Diagnostics;

/// <summary>Every stage adds its problems here and keeps going; the build stops before output if any is an error.</summary>
public sealed class DiagnosticBag
{
    // Made on the first problem: every parsed file has a bag of its own (see Apart), and most files have no problems.
    ConcurrentQueue<Diagnostic>? _items;

    ConcurrentQueue<Diagnostic> Items => Volatile.Read(ref _items) ?? Interlocked.CompareExchange(ref _items, new(), null) ?? _items!;

    // Counted as they come: every parsed document asks how many errors there are, before and after it.
    readonly int[] _counts = new int[Enum.GetValues<Severity>().Length];

    public void Add(Diagnostic diagnostic)
    {
        Items.Enqueue(diagnostic);
        Interlocked.Increment(ref _counts[(int)diagnostic.Severity]);
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a bag of its own, then adds what it found to this one. Files are parsed in
    /// parallel, and a file that counted errors in the shared bag would take another file's error for its own.
    /// </summary>
    public T Apart<T>(Func<DiagnosticBag, T> work)
    {
        var own = new DiagnosticBag();
        try
        {
            return work(own);
        }
        finally
        {
            if (own._items is { } found) foreach (var diagnostic in found) Add(diagnostic);
        }
    }

    /// <summary>Adds everything <paramref name="other"/> holds (a result reused from an earlier run, with what it reported).</summary>
    public void AddFrom(DiagnosticBag other)
    {
        if (other._items is { } found) foreach (var diagnostic in found) Add(diagnostic);
    }

    public bool HasErrors => Count(Severity.Error) > 0;

    public int Count(Severity severity) => Volatile.Read(ref _counts[(int)severity]);

    /// <summary>In file order, so a run's report reads top to bottom whatever the thread scheduling was.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => (_items ?? []).Order(InFileOrder).ToList();

    /// <summary>The order of <see cref="Sorted"/>: file, line, column, code.</summary>
    public static readonly Comparer<Diagnostic> InFileOrder = Comparer<Diagnostic>.Create((x, y) =>
        string.CompareOrdinal(x.Location.File, y.Location.File) is var file and not 0 ? file
        : x.Location.Line != y.Location.Line ? x.Location.Line.CompareTo(y.Location.Line)
        : x.Location.Column != y.Location.Column ? x.Location.Column.CompareTo(y.Location.Column)
        : string.CompareOrdinal(x.Code, y.Code));
}
