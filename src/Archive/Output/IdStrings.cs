namespace Archive.Output;

/// <summary>
/// The id strings of one rendering run, shared so that sixty thousand pages with the same ids ("main", "backlinks")
/// hold one string each. A table per thread: a lock-free concurrent table cost more in cache misses than the pages'
/// whole scan, and a page is read on one thread, which is all its de-duplication needs.
/// </summary>
public sealed class IdStrings : IDisposable
{
    readonly ThreadLocal<Dictionary<string, string>> _tables = new(() => new Dictionary<string, string>(StringComparer.Ordinal));

    public Dictionary<string, string> OfThisThread() => _tables.Value!;

    public void Dispose() => _tables.Dispose();
}
