using System.Collections.Concurrent;

namespace Archive.Input;

/// <summary>
/// The files earlier reads made, by path, so that a file read again with the same path and content is handed out as
/// the same <see cref="SourceFile"/> object. That object is the file's identity for what preview remembers of earlier
/// builds (the engine's <c>DocumentMemo</c>, the catalog's cache): everything made from an unchanged file is reused.
/// Content is compared in full, so a changed file can never pass for the one before.
/// </summary>
public sealed class KnownFiles
{
    readonly ConcurrentDictionary<string, SourceFile> _byPath = new(StringComparer.Ordinal);

    /// <summary>The file read before, if <paramref name="read"/> is the same file with the same text; else <paramref name="read"/>, remembered.</summary>
    public SourceFile Same(SourceFile read)
    {
        if (_byPath.TryGetValue(read.FullPath, out var known) && known == read) return known;
        _byPath[read.FullPath] = read;
        return read;
    }

    public void Clear() => _byPath.Clear();
}
