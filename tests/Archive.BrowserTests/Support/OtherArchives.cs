namespace Archive.BrowserTests.Support;

/// <summary>tests/archives/zh-Hans: a Simplified Chinese archive whose slugs are Chinese file names.</summary>
public sealed class ServedZhHansArchive() : ServedArchive(OtherArchives.Input("zh-Hans"));

/// <summary>tests/archives/en: an English archive (<c>language: en</c>).</summary>
public sealed class ServedEnglishArchive() : ServedArchive(OtherArchives.Input("en"));

public static class OtherArchives
{
    public static string Input(string name) => Path.Combine(Repository.Root, "tests", "archives", name);

    /// <summary>The site path of the first page under <paramref name="prefix"/> one level down (<c>poets/李白/</c>), as the build wrote it.</summary>
    public static string First(this ServedArchive site, string prefix) =>
        site.HtmlPages().FirstOrDefault(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Length > prefix.Length && p.Count(c => c == '/') == 2)
        ?? throw new InvalidOperationException($"the build wrote no page under /{prefix}");

    /// <summary>
    /// The site path of the first page (in path order) whose body has class <paramref name="bodyClass"/>
    /// (<c>page-intersection</c>): found from what the build wrote, so a test names a page type, not a slug.
    /// </summary>
    public static string FirstOfType(this ServedArchive site, string bodyClass) =>
        site.HtmlPages().FirstOrDefault(p => System.Text.RegularExpressions.Regex.IsMatch(
            File.ReadAllText(Path.Combine(site.OutputDirectory, p.EndsWith('/') || p.Length == 0 ? p + "index.html" : p)),
            $"<body class=\"(?:[^\"]* )?{bodyClass}(?: [^\"]*)?\""))
        ?? throw new InvalidOperationException($"the build wrote no page with body class {bodyClass}");
}

[CollectionDefinition(Name)]
public sealed class ServedZhHansCollection : ICollectionFixture<ServedZhHansArchive>
{
    public const string Name = "served zh-Hans archive";
}

[CollectionDefinition(Name)]
public sealed class ServedEnglishCollection : ICollectionFixture<ServedEnglishArchive>
{
    public const string Name = "served English archive";
}
