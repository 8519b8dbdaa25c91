using System.Text.Json;
using Archive.BrowserTests.Support;

namespace Archive.BrowserTests.Standards;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package vnu-jar, run with Debian's Java) over one page of every type:
/// no errors. Warnings are printed, not failed.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class NuHtmlCheckerTests(ServedSite site, ITestOutputHelper output)
{
    static string Jar => Path.Combine(ExternalTool.NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    [SkippableFact]
    public void One_page_of_every_type_has_no_errors()
    {
        var java = ExternalTool.OnPath("java");
        ExternalTool.RequireOrSkip(java is not null, "Java is not installed (no `java` on PATH): `apt-get install -y default-jre-headless`.");
        ExternalTool.RequireOrSkip(File.Exists(Jar), "node_modules/vnu-jar is missing: run `npm ci` at the repository root.");

        string[] types = [PageTypes.Home, PageTypes.Article, PageTypes.CountriesIndex, PageTypes.IncidentsIndex, PageTypes.CountryPage,
            PageTypes.IncidentPage, PageTypes.NotePage, PageTypes.Search, PageTypes.Intersection, PageTypes.AcrossTimeline, PageTypes.Matrix];
        var paths = types.Select(site.PathOf)
            .Append("404.html").Append("articles/")
            .Concat(site.HtmlPages().Where(p => p.Contains("/page/")).Take(1))
            .Select(p => Path.Combine(site.OutputDirectory, p.EndsWith('/') || p.Length == 0 ? p + "index.html" : p))
            .ToList();
        Assert.All(paths, p => Assert.True(File.Exists(p), p));

        var (_, _, stderr) = ExternalTool.Run(java!, ["-jar", Jar, "--format", "json", .. paths]);
        using var report = JsonDocument.Parse(stderr);
        var messages = report.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (Type: m.GetProperty("type").GetString(), SubType: m.TryGetProperty("subType", out var s) ? s.GetString() : null,
                Text: $"{Relative(m.GetProperty("url").GetString()!)}"
                      + $":{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}"))
            .ToList();
        var errors = messages.Where(m => m.Type == "error" || m.SubType == "fatal").Select(m => m.Text).ToList();
        output.WriteLine($"Nu Html Checker: {paths.Count} pages, {errors.Count} errors, {messages.Count - errors.Count} warnings and notes");
        foreach (var m in messages) output.WriteLine($"  [{m.Type}{(m.SubType is null ? "" : "/" + m.SubType)}] {m.Text}");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The checker names files as "file:/tmp/…/articles/x/index.html".</summary>
    string Relative(string url) =>
        Path.GetRelativePath(site.OutputDirectory, url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..] : url);
}
