using System.Text.RegularExpressions;

namespace Archive.Parsing;

/// <summary>Slugs are URL segments: lowercase ASCII letters, digits and single hyphens, so no path can escape its folder.</summary>
public static partial class Slug
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string slug) => Pattern().IsMatch(slug);

    public static string FromFile(string path) => Path.GetFileNameWithoutExtension(path);
}
