using System.Security.Cryptography;

namespace Archive.Tests.Support;

/// <summary>Every file of an output folder by path and SHA-256: to assert a failed build changed nothing, or that two builds wrote the same site.</summary>
public static class OutputSnapshot
{
    public static Dictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            // The search index and the marker that lists its files: Pagefind names files by their content, and preview
            // carries its first index over rather than re-index on every save.
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}") && Path.GetFileName(f) != Archive.Output.OutputMarker.FileName)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>The files (relative paths) that differ between two output folders, or exist in only one.</summary>
    public static List<string> Differences(string expectedFolder, string actualFolder)
    {
        var expected = Of(expectedFolder);
        var actual = Of(actualFolder);
        return expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).Order().ToList();
    }
}
