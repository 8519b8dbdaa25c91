using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Input;
using Archive.Model;

namespace Archive.Parsing;

/// <summary>Reads input/site.yml. Runs before the pipelines, because every pipeline depends on the declared taxonomies.</summary>
public static class ReadSiteSettings
{
    static readonly string[] Fields = ["title", "description", "base_url", "language", "taxonomies", "page_size"];
    static readonly string[] TaxonomyFields = ["key", "name", "name_en", "dated"];

    public static SiteSettings? Read(string inputDirectory, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var path = Path.Combine(inputDirectory, "site.yml");
        var display = Path.Combine(Path.GetFileName(Path.GetFullPath(inputDirectory).TrimEnd('/')), "site.yml");
        if (!Directory.Exists(inputDirectory))
        {
            diagnostics.Add(Problems.InputMissing(inputDirectory));
            return null;
        }
        if (!File.Exists(path))
        {
            diagnostics.Add(Problems.SiteInvalid(SourceLocation.StartOf(display), "site.yml is missing", "create input/site.yml with at least `title:` and `taxonomies:`"));
            return null;
        }
        string text;
        try { text = File.ReadAllText(path).Replace("\r\n", "\n"); }
        catch (IOException e) { diagnostics.Add(Problems.FileUnreadable(display, e.Message)); return null; }

        var yaml = FrontMatter.ReadYamlFile(new SourceFile(path, display, "site.yml", text), diagnostics);
        if (yaml is null) return null;
        yaml.RejectUnknownKeys(Fields);

        var title = yaml.String("title", required: true) ?? "";
        var baseText = baseUrlOverride ?? yaml.String("base_url") ?? "http://localhost:5080/";
        if (!Uri.TryCreate(baseText, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            diagnostics.Add(Problems.UrlInvalid(baseUrlOverride is null ? yaml.LocationOfValue("base_url") : SourceLocation.StartOf("--base-url"), baseText));
            baseUrl = new Uri("http://localhost:5080/");
        }
        if (!baseUrl.AbsolutePath.EndsWith('/')) baseUrl = new Uri(baseUrl + "/");

        var pageSize = 20;
        if (yaml.String("page_size") is { } sizeText && (!int.TryParse(sizeText, out pageSize) || pageSize < 1))
        {
            diagnostics.Add(Problems.FieldType(yaml.LocationOfValue("page_size"), "page_size", "a whole number above 0"));
            pageSize = 20;
        }

        var taxonomies = ImmutableArray.CreateBuilder<Taxonomy>();
        foreach (var (map, at) in yaml.Mappings("taxonomies"))
        {
            var key = FrontMatter.ScalarOf(map, "key");
            if (key is null || !Slug.IsValid(key))
            {
                diagnostics.Add(Problems.SiteInvalid(at, "a taxonomy needs a `key:` of lowercase ASCII letters", "write e.g. `- key: countries`"));
                continue;
            }
            foreach (var unknown in map.Children.Keys.Select(k => k.ToString()).Where(k => !TaxonomyFields.Contains(k)))
                diagnostics.Add(Problems.KeyUnknown(at, unknown, Closest.Hint(unknown, TaxonomyFields, "keys")));
            taxonomies.Add(new Taxonomy(key, FrontMatter.ScalarOf(map, "name") ?? key, FrontMatter.ScalarOf(map, "name_en") ?? key,
                FrontMatter.ScalarOf(map, "dated") is "true" or "yes"));
        }
        if (taxonomies.Count == 0)
            diagnostics.Add(Problems.SiteInvalid(yaml.LocationOfKey("taxonomies"), "no taxonomies are declared", "declare at least `countries` and `incidents` under `taxonomies:`"));

        return new SiteSettings(title, yaml.String("description") ?? "", baseUrl, yaml.String("language") ?? "zh-Hant",
            taxonomies.ToImmutable(), pageSize);
    }
}
