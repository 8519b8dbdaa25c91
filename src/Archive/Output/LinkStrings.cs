namespace Archive.Output;

/// <summary>
/// The link strings of one rendering run, shared so that sixty thousand pages linking to the same few hundred pages
/// hold one string each. A table per thread: a lock-free concurrent table of a million links cost more in cache misses
/// than the pages' whole scan, and a page is read on one thread, which is all its de-duplication needs.
/// </summary>
public sealed class LinkStrings : IDisposable
{
    readonly ThreadLocal<Dictionary<string, string>> _tables = new(() => new Dictionary<string, string>(StringComparer.Ordinal));

    public Dictionary<string, string> OfThisThread() => _tables.Value!;

    public void Dispose() => _tables.Dispose();
}
