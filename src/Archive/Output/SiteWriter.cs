using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Archive.Output;

/// <summary>
/// Writes files under a folder from many threads, creating each subfolder once. Where files already exist (a reused
/// spare folder, see <see cref="StagingFolder"/>, or output/ itself in preview) one is rewritten only if its bytes
/// differ, so unchanged files keep their timestamps; what a build did not write can be removed at the end.
/// </summary>
public sealed class SiteWriter(string root, IReadOnlySet<string> existing)
{
    /// <summary>How the site's files are encoded: UTF-8 without a byte order mark.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);

    public SiteWriter(string root) : this(root, new HashSet<string>()) { }

    /// <summary>
    /// A new file is created fresh: no truncate, and with file locking off (see Archive.Cli.csproj) no lock either — at
    /// sixty thousand pages those system calls were a tenth of the build.
    /// </summary>
    /// <returns>Whether the file was written (false when it already held these bytes).</returns>
    public bool Write(string path, ReadOnlySpan<char> content)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(content.Length));
        try
        {
            return Write(path, bytes.AsSpan(0, Utf8.GetBytes(content, bytes)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <inheritdoc cref="Write(string, ReadOnlySpan{char})"/>
    public bool Write(string path, ReadOnlySpan<byte> data)
    {
        var full = Prepare(path);
        // A reused folder may hold a folder where this build writes a file (a section became a page).
        if (existing.Count > 0 && Directory.Exists(full)) Directory.Delete(full, recursive: true);
        var rewrite = !existing.Contains(path) || !Holds(full, data);
        if (rewrite) Create(full, data, existing.Contains(path) ? FileMode.Create : FileMode.CreateNew);
        Remember(path);
        return rewrite;
    }

    public void Copy(string source, string path)
    {
        File.Copy(source, Prepare(path), overwrite: true);
        Remember(path);
    }

    /// <summary>Remembers a written file: <see cref="RemoveStale"/> keeps it, and the folder's marker lists it as the build's.</summary>
    void Remember(string path) => _written[path] = true;

    /// <summary>Every file written so far ('/'-separated, relative to the root), as a new set the caller may add to.</summary>
    public HashSet<string> Written() => _written.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Deletes the files a reused folder held that this build did not write, and the folders that leaves empty.</summary>
    /// <param name="leave">A folder ('/'-terminated) whose files are left to whoever brings it up to date itself (the search index).</param>
    public void RemoveStale(string? leave = null)
    {
        var stale = existing.Where(p => !_written.ContainsKey(p) && (leave is null || !p.StartsWith(leave, StringComparison.Ordinal))).ToList();
        Parallel.ForEach(stale, path => { if (File.Exists(Path.Combine(root, path))) File.Delete(Path.Combine(root, path)); });
        foreach (var folder in stale.Select(p => Path.GetDirectoryName(Path.Combine(root, p))!).Distinct().OrderByDescending(f => f.Length))
            for (var dir = folder; dir.Length > root.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir)!)
                Directory.Delete(dir);
    }

    static void Create(string full, ReadOnlySpan<byte> data, FileMode mode)
    {
        using var handle = File.OpenHandle(full, mode, FileAccess.Write);
        RandomAccess.Write(handle, data, 0);
    }

    /// <summary>Whether the file already holds exactly these bytes (reading it is far cheaper than rewriting it).</summary>
    static bool Holds(string full, ReadOnlySpan<byte> data)
    {
        if (!File.Exists(full)) return false;
        using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read);
        if (RandomAccess.GetLength(handle) != data.Length) return false;
        var old = ArrayPool<byte>.Shared.Rent(data.Length);
        try
        {
            return RandomAccess.Read(handle, old.AsSpan(0, data.Length), 0) == data.Length && old.AsSpan(0, data.Length).SequenceEqual(data);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(old);
        }
    }

    string Prepare(string path)
    {
        var full = Path.Combine(root, path);
        var folder = Path.GetDirectoryName(full)!;
        _folders.GetOrAdd(folder, f =>
        {
            // A reused folder may hold a file where this build needs a folder (a page became a section).
            if (existing.Count > 0)
                for (var up = f; up.Length > root.Length; up = Path.GetDirectoryName(up)!)
                    if (File.Exists(up)) File.Delete(up);
            Directory.CreateDirectory(f);
            return true;
        });
        return full;
    }
}
