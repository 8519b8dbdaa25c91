using System.Security.Cryptography;

namespace Archive.Tests.Support;

/// <summary>Every file of an output folder by path and SHA-256, to assert a failed build changed nothing.</summary>
public static class OutputSnapshot
{
    public static Dictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}"))
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
