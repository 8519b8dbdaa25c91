using Archive.Search;

namespace Archive.Tests.Support;

/// <summary>What the tests that build a search index share: the skip when Pagefind is missing, and a small site to index.</summary>
public static class SearchTestSite
{
    /// <summary>Skips outside CI when the pagefind package is missing; in CI a missing package fails the test instead.</summary>
    public static void SkipUnlessPagefind(TestSite site) =>
        Skip.If(Pagefind.Locate(site.InputDirectory) is null && Environment.GetEnvironmentVariable("CI") != "true",
            "the pagefind package is missing (node_modules/@pagefind); building the CLI installs it with npm");

    /// <summary>Four articles a1–a4 tagged with one country, each naming its number (第N篇).</summary>
    public static void WriteFourArticles(TestSite site)
    {
        site.WriteTerm("countries", "japan", "日本", "Japan");
        for (var i = 1; i <= 4; i++)
            site.Write($"articles/a{i}.md", $"---\ntitle: 文章{i}\ndate: 2025-12-1{i}\ncountries: [japan]\n---\n\n第{i}篇談港口。\n");
    }
}
