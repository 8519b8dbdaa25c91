using Archive.Tests.Support;

namespace Archive.Tests.Invalid;

public sealed class FidelityTests
{
    const string ArticleFile = "articles/2025-12-14-korea-balance.md";

    [Fact]
    public void A_one_character_edit_fails_the_build_naming_the_line_in_both_files()
    {
        using var site = TestSite.FromRepositoryInput();
        var lines = site.Read(ArticleFile).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains("遭 到遼寧號"));
        lines[index] = lines[index].Replace("遼寧號起飛", "遼寧艦起飛");
        site.Write(ArticleFile, string.Join('\n', lines));

        var report = site.Build();

        var d = report.Single("FIDELITY_MISMATCH");
        Assert.Equal($"input/{ArticleFile}", d.Location.File);
        Assert.Equal(index + 1, d.Location.Line);
        var sourceLine = Array.FindIndex(File.ReadAllLines(Path.Combine(site.InputDirectory, "sources", "2025-12-14-article.txt")), l => l.Contains("遭 到遼寧號")) + 1;
        Assert.Contains($"input/sources/2025-12-14-article.txt:{sourceLine}:", d.Message);
        Assert.Contains("艦", d.Message);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Removing_the_stray_space_is_a_fidelity_error()
    {
        using var site = TestSite.FromRepositoryInput();
        site.Write(ArticleFile, site.Read(ArticleFile).Replace("遭 到", "遭到"));
        Assert.Equal("FIDELITY_MISMATCH", site.Build().Single("FIDELITY_MISMATCH").Code);
    }

    [Fact]
    public void A_missing_last_paragraph_is_reported()
    {
        using var site = TestSite.FromRepositoryInput();
        site.Write(ArticleFile, site.Read(ArticleFile).Replace("（中正大學戰略暨國際事務研究所教授趙文志口述，記者趙家麟採訪整理）", ""));
        var d = site.Build().Single("FIDELITY_MISMATCH");
        Assert.Contains("中正大學", d.Message);
    }

    [Fact]
    public void An_article_without_an_original_needs_no_check()
    {
        using var site = new TestSite();
        site.Write("articles/plain.md", "---\ntitle: 無原文\ndate: 2025-01-01\n---\n\n任何文字。\n");
        site.BuildOk();
    }
}
