using System.Text.Json;
using Archive.BrowserTests.Support;

namespace Archive.BrowserTests.Standards;

/// <summary>
/// Every exported annotation anchored on its served page in Chromium by Apache Annotator (@apache-annotator/dom, the
/// reference implementation of the W3C selectors): each of its selectors must match once, and exactly the passage the
/// page highlights for that note. tests/standards/annotator/anchor.mjs does the anchoring; esbuild bundles it with
/// the packages from node_modules, and the test adds it to each page.
/// </summary>
/// <remarks>
/// To check another archive (the benchmark's, say), build it with the base URL of a server that serves it and set
/// ARCHIVE_ANCHOR_OUTPUT to its output folder: the test then anchors that export on those pages instead.
/// </remarks>
[Collection(ServedSiteCollection.Name)]
public sealed class AnnotatorAnchoringTests(ServedSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Apache_Annotator_anchors_every_exported_annotation_on_exactly_its_highlighted_passage()
    {
        Chromium.RequireOrSkip();
        ExternalTool.RequireNode("esbuild", "@apache-annotator/dom", "@apache-annotator/selector");
        var bundle = Path.Combine(site.OutputDirectory, "..", "annotator-bundle.js");
        // node_modules/.bin/esbuild is a Node script or, once its install step has run, the native binary: run it as is.
        var (exit, _, stderr) = ExternalTool.Run(Path.Combine(ExternalTool.NodeModules, ".bin", "esbuild"),
            [Path.Combine(ExternalTool.Standards, "annotator", "anchor.mjs"), "--bundle", "--format=iife", "--log-level=warning", $"--outfile={bundle}"]);
        Assert.True(exit == 0, "esbuild: " + stderr);

        var annotations = ExportedAnnotations(Environment.GetEnvironmentVariable("ARCHIVE_ANCHOR_OUTPUT") ?? site.OutputDirectory);
        Assert.NotEmpty(annotations);
        var anchored = 0;
        var problems = new List<string>();
        await using var context = await site.NewContextAsync(1280);
        foreach (var group in annotations.GroupBy(a => a.GetProperty("target").GetProperty("source").GetString()!))
        {
            var page = await context.NewPageAsync();
            // The page's own CSP allows only its own scripts; the anchoring script is added by the test, not the site.
            await page.GotoAsync(group.Key);
            await page.EvaluateAsync(await File.ReadAllTextAsync(bundle));
            // The annotations go in, and the outcomes come back, as JSON text, exactly as exported.
            var json = "[" + string.Join(",", group.Select(a => a.GetRawText())) + "]";
            using var results = JsonDocument.Parse(await page.EvaluateAsync<string>(
                "async json => JSON.stringify(await window.archiveAnchor(JSON.parse(json)))", json));
            foreach (var result in results.RootElement.EnumerateArray())
            {
                var outcomes = result.GetProperty("outcomes").EnumerateArray().ToList();
                if (outcomes.Count > 0 && outcomes.All(o => o.GetProperty("exact").GetBoolean())) { anchored++; continue; }
                problems.Add($"{result.GetProperty("id").GetString()}: " + string.Join("; ", outcomes.Select(o => o.GetRawText())));
            }
            await page.CloseAsync();
        }
        output.WriteLine($"Apache Annotator anchors {anchored}/{annotations.Count} (every selector of each: one match, exactly the highlighted passage)");
        foreach (var problem in problems.Take(10)) output.WriteLine(problem);
        Assert.True(problems.Count == 0, $"{problems.Count} of {annotations.Count} did not anchor exactly:\n" + string.Join("\n", problems.Take(10)));
    }

    /// <summary>Every annotation of the export in <paramref name="output"/>, following the pages from the collection.</summary>
    static List<JsonElement> ExportedAnnotations(string output)
    {
        var items = new List<JsonElement>();
        using var collection = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "annotations.jsonld")));
        // Page ids are URLs under the site's base URL, which the collection's own id starts with.
        var baseUrl = collection.RootElement.GetProperty("id").GetString()![..^"annotations.jsonld".Length];
        var next = collection.RootElement.GetProperty("first").GetProperty("id").GetString();
        while (next is not null)
        {
            var page = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, next[baseUrl.Length..]))).RootElement;
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.TryGetProperty("next", out var n) ? n.GetString() : null;
        }
        Assert.Equal(collection.RootElement.GetProperty("total").GetInt32(), items.Count);
        return items;
    }
}
