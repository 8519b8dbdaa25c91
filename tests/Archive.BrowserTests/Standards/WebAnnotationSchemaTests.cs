using System.Text.Json;
using Archive.BrowserTests.Support;

namespace Archive.BrowserTests.Standards;

/// <summary>
/// The W3C Web Annotation must-level tests (the JSON Schemas of w3c/web-annotation-tests, vendored under
/// tests/standards/web-annotation) over /annotations.jsonld and every page of the export: the collection, its pages,
/// and each annotation in them. Run by Ajv (draft-04, with formats) through tests/standards/web-annotation/check.mjs.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class WebAnnotationSchemaTests(ServedSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_annotation_collection_and_page_passes_the_must_level_tests()
    {
        var node = ExternalTool.RequireNode("ajv", "ajv-draft-04", "ajv-formats");
        var files = Directory.EnumerateFiles(site.OutputDirectory, "*.jsonld", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(files, f => f.EndsWith("annotations.jsonld", StringComparison.Ordinal));
        var (exit, stdout, stderr) = ExternalTool.Run(node, [Path.Combine(ExternalTool.Standards, "web-annotation", "check.mjs"), .. files]);
        Assert.True(exit == 0, $"check.mjs failed ({exit}):\n{stderr}");

        using var report = JsonDocument.Parse(stdout);
        var counts = report.RootElement.GetProperty("counts");
        var failures = report.RootElement.GetProperty("failures").EnumerateArray()
            .Select(f => $"{f.GetProperty("where").GetString()}: {f.GetProperty("assertion").GetString()} — {f.GetProperty("errors").GetString()}").ToList();
        var annotations = counts.GetProperty("annotation").GetInt32();
        output.WriteLine($"must-level tests: {annotations} annotations, {counts.GetProperty("collection").GetInt32()} collection, "
            + $"{counts.GetProperty("page").GetInt32()} pages checked; {failures.Count} failures");
        foreach (var failure in failures.Take(20)) output.WriteLine(failure);

        // Each note is in one page and, for page 1, also in the collection that embeds that page.
        var notes = Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "annotations"), "index.html", SearchOption.AllDirectories).Count();
        Assert.InRange(annotations, notes, 2 * notes);
        Assert.Equal(1, counts.GetProperty("collection").GetInt32());
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
