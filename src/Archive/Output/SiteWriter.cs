using System.Collections.Concurrent;
using System.Text;

namespace Archive.Output;

/// <summary>Writes files under a folder from many threads, creating each subfolder once.</summary>
public sealed class SiteWriter(string root)
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public void Write(string path, string content) => File.WriteAllText(Prepare(path), content, Utf8);

    public void Copy(string source, string path) => File.Copy(source, Prepare(path), overwrite: true);

    string Prepare(string path)
    {
        var full = Path.Combine(root, path);
        var folder = Path.GetDirectoryName(full)!;
        _folders.GetOrAdd(folder, f => { Directory.CreateDirectory(f); return true; });
        return full;
    }
}
