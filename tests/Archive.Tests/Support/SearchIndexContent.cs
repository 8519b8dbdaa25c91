using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Archive.Tests.Support;

/// <summary>
/// What a written site's search index holds, read the way Pagefind's script reads it: every fragment of every
/// bundle under pagefind/ (gzip, the signature <c>pagefind_dcd</c>, then JSON), by page URL. Segmented Chinese is
/// stored with zero-width spaces between words; they are removed here.
/// </summary>
public static class SearchIndexContent
{
    public static IReadOnlyDictionary<string, string> Of(string siteFolder) =>
        Directory.EnumerateFiles(Path.Combine(siteFolder, "pagefind"), "*.pf_fragment", SearchOption.AllDirectories)
            .Select(Read)
            .ToDictionary(f => f.Url, f => f.Content);

    static (string Url, string Content) Read(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        var data = bytes.ToArray();
        Assert.Equal("pagefind_dcd", Encoding.ASCII.GetString(data, 0, 12));
        using var json = JsonDocument.Parse(data.AsMemory(12));
        return (json.RootElement.GetProperty("url").GetString()!, json.RootElement.GetProperty("content").GetString()!.Replace("\u200B", "").Replace(" ", ""));
    }
}
