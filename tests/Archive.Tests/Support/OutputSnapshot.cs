using System.Security.Cryptography;

namespace Archive.Tests.Support;

/// <summary>Every file of an output folder by path and SHA-256: to assert a failed build changed nothing, or that two builds wrote the same site.</summary>
public static class OutputSnapshot
{
    public static Dictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}"))
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>The files (relative paths) that differ between two output folders, or exist in only one.</summary>
    public static List<string> Differences(string expectedFolder, string actualFolder)
    {
        var expected = Of(expectedFolder);
        var actual = Of(actualFolder);
        return expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).Order().ToList();
    }
}
