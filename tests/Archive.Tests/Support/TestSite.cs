using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Diagnostics;

namespace Archive.Tests.Support;

/// <summary>
/// A whole site for one test: input files written inline (or copied from the real input/), built into a temp
/// folder, and the written HTML parsed with AngleSharp.
/// </summary>
public sealed class TestSite : IDisposable
{
    readonly TempFolder _folder = new();

    public string InputDirectory => _folder["input"];
    public string OutputDirectory => _folder["output"];

    public const string DefaultSiteYml = """
        title: 測試檔案
        base_url: https://example.org/
        language: zh-Hant
        page_size: 2
        taxonomies:
          - key: countries
            name: 國家與地區
            name_en: Countries
            type: Place
          - key: incidents
            name: 事件
            name_en: Incidents
            dated: true
        """;

    public TestSite(string? siteYml = DefaultSiteYml)
    {
        Directory.CreateDirectory(InputDirectory);
        if (siteYml is not null) Write("site.yml", siteYml);
    }

    /// <summary>A site whose input is a copy of the repository's real input/.</summary>
    public static TestSite FromRepositoryInput()
    {
        var site = new TestSite(siteYml: null);
        TempFolder.CopyDirectory(Repository.Input, site.InputDirectory);
        return site;
    }

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(InputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return this;
    }

    /// <summary>A plain term file: its name, English name and a one-line body, <c>tags/{taxonomy}/{slug}.md</c>.</summary>
    public TestSite WriteTerm(string taxonomy, string slug, string name, string nameEn) =>
        Write($"tags/{taxonomy}/{slug}.md", $"---\nname: {name}\nname_en: {nameEn}\n---\n{name}。\n");

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(InputDirectory, relativePath));

    public BuildReport Build(string? baseUrl = null) =>
        ArchiveBuild.Run(new BuildOptions(InputDirectory, OutputDirectory, Repository.Theme, baseUrl));

    public BuildReport Check() =>
        ArchiveBuild.Run(new BuildOptions(InputDirectory, OutputDirectory, Repository.Theme, WriteOutput: false));

    /// <summary>Builds and fails the test with every diagnostic when the build did not succeed.</summary>
    public BuildReport BuildOk(string? baseUrl = null)
    {
        var report = Build(baseUrl);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return report;
    }

    public IDocument Page(string sitePath)
    {
        var file = Path.Combine(OutputDirectory, sitePath.TrimStart('/'));
        if (sitePath.EndsWith('/') || sitePath.Length == 0) file = Path.Combine(file, "index.html");
        Assert.True(File.Exists(file), $"no page written at {sitePath}");
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    public bool Exists(string sitePath) => File.Exists(Path.Combine(OutputDirectory, sitePath.TrimStart('/')));

    public void Dispose() => _folder.Dispose();
}

public static class ReportAssertions
{
    public static Diagnostic Single(this BuildReport report, string code)
    {
        var matches = report.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n" + string.Join("\n", report.Diagnostics));
        return matches[0];
    }
}
