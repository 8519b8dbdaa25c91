using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Archive.Output;

/// <summary>Writes files under a folder from many threads, creating each subfolder once.</summary>
public sealed class SiteWriter(string root)
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the file fresh (the staging folder is new, so it never exists): no truncate, and with file locking off
    /// (see Archive.Cli.csproj) no lock either — at sixty thousand pages those system calls were a tenth of the build.
    /// </summary>
    public void Write(string path, ReadOnlyMemory<char> content)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(content.Length));
        try
        {
            var length = Utf8.GetBytes(content.Span, bytes);
            using var handle = File.OpenHandle(Prepare(path), FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, bytes.AsSpan(0, length), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Copy(string source, string path) => File.Copy(source, Prepare(path), overwrite: true);

    string Prepare(string path)
    {
        var full = Path.Combine(root, path);
        var folder = Path.GetDirectoryName(full)!;
        _folders.GetOrAdd(folder, f => { Directory.CreateDirectory(f); return true; });
        return full;
    }
}
