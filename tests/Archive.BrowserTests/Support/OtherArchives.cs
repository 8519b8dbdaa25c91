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
