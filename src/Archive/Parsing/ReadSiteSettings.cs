using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Input;
using Archive.Model;

namespace Archive.Parsing;

/// <summary>Reads input/site.yml. Runs before the pipelines, because every pipeline depends on the declared taxonomies.</summary>
public static class ReadSiteSettings
{
    static readonly string[] Fields = ["title", "description", "base_url", "language", "taxonomies", "article_chips", "page_size", "matrices"];
    static readonly string[] TaxonomyFields = ["key", "name", "name_en", "type", "dated"];

    /// <param name="themeDirectory">Where the interface text of the site's language is read from (theme/i18n/); none is read without it.</param>
    public static SiteSettings? Read(string inputDirectory, DiagnosticBag diagnostics, string? baseUrlOverride = null, string? themeDirectory = null)
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
                diagnostics.Add(Problems.SiteInvalid(at, "a taxonomy needs a `key:` of lowercase letters, digits and single hyphens", "write e.g. `- key: places`"));
                continue;
            }
            foreach (var unknown in map.Children.Keys.Select(k => k.ToString()).Where(k => !TaxonomyFields.Contains(k)))
                diagnostics.Add(Problems.KeyUnknown(at, unknown, Closest.Hint(unknown, TaxonomyFields, "keys")));
            var dated = FrontMatter.ScalarOf(map, "dated") is "true" or "yes";
            var name = FrontMatter.ScalarOf(map, "name") ?? key;
            taxonomies.Add(new Taxonomy(key, name, FrontMatter.ScalarOf(map, "name_en") ?? name,
                dated, TermType(map, at, dated, diagnostics)));
        }
        if (taxonomies.Count == 0)
            diagnostics.Add(Problems.SiteInvalid(yaml.LocationOfKey("taxonomies"), "no taxonomies are declared", "declare at least one under `taxonomies:`, e.g. `- key: topics`"));

        var declared = taxonomies.ToImmutable();
        var language = yaml.String("language") ?? "zh-Hant";
        var site = new SiteSettings(title, yaml.String("description") ?? "", baseUrl, language,
            declared, pageSize)
        {
            ArticleChips = ArticleChips(yaml, declared, diagnostics),
            Matrices = yaml.Node("matrices") is null ? null : Matrices(yaml, [.. declared.Select(t => t.Key)], diagnostics),
        };
        if (themeDirectory is null) return site;
        var interfaceText = ReadInterfaceText.Read(themeDirectory, inputDirectory, language, yaml.LocationOfValue("language"), diagnostics);
        return interfaceText is null ? site : site with { Text = interfaceText };
    }

    /// <summary>A taxonomy's <c>type:</c>, one of schema.org's <see cref="Taxonomy.TermTypes"/>; a dated one without it is an Event.</summary>
    static string TermType(YamlDotNet.RepresentationModel.YamlMappingNode map, SourceLocation at, bool dated, DiagnosticBag diagnostics)
    {
        var type = FrontMatter.ScalarOf(map, "type");
        if (type is null) return dated ? "Event" : Taxonomy.DefaultTermType;
        if (Taxonomy.TermTypes.Contains(type)) return type;
        diagnostics.Add(Problems.SiteInvalid(at, $"`type: {type}` is not a type a taxonomy's terms can have",
            Closest.Hint(type, Taxonomy.TermTypes, "types")));
        return Taxonomy.DefaultTermType;
    }

    /// <summary><c>article_chips:</c> the declared taxonomies an article shows as chip groups, in order; all of them when absent.</summary>
    static ImmutableArray<Taxonomy> ArticleChips(FrontMatter yaml, ImmutableArray<Taxonomy> declared, DiagnosticBag diagnostics)
    {
        var keys = yaml.Strings("article_chips");
        if (keys.IsEmpty) return declared;
        var chips = ImmutableArray.CreateBuilder<Taxonomy>();
        foreach (var (key, at) in keys)
        {
            if (declared.FirstOrDefault(t => t.Key == key) is { } taxonomy) { if (!chips.Contains(taxonomy)) chips.Add(taxonomy); }
            else diagnostics.Add(Problems.SiteInvalid(at, $"`article_chips` names `{key}`, which is not a declared taxonomy",
                Closest.Hint(key, [.. declared.Select(t => t.Key)], "taxonomies")));
        }
        return chips.ToImmutable();
    }

    /// <summary><c>matrices:</c> a list of pairs of declared taxonomy keys, e.g. <c>- [countries, incidents]</c>.</summary>
    static ImmutableArray<TaxonomyPair> Matrices(FrontMatter yaml, List<string> declared, DiagnosticBag diagnostics)
    {
        const string Fix = "write each matrix as a pair of two different declared taxonomy keys, e.g. `- [countries, incidents]`";
        if (yaml.Node("matrices") is not YamlDotNet.RepresentationModel.YamlSequenceNode list)
        {
            diagnostics.Add(Problems.SiteInvalid(yaml.LocationOfValue("matrices"), "`matrices` must be a list of taxonomy pairs", Fix));
            return [];
        }
        var pairs = ImmutableArray.CreateBuilder<TaxonomyPair>();
        foreach (var item in list)
        {
            var keys = item is YamlDotNet.RepresentationModel.YamlSequenceNode pair
                ? pair.Children.Select(k => (k as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value?.Trim()).ToList()
                : [];
            if (keys.Count != 2 || keys[0] == keys[1] || keys.Any(k => k is null || !declared.Contains(k)))
            {
                var unknown = keys.FirstOrDefault(k => k is not null && !declared.Contains(k));
                diagnostics.Add(Problems.SiteInvalid(yaml.LocationOf(item),
                    unknown is null ? "a matrix names two different taxonomies" : $"`{unknown}` is not a declared taxonomy", Fix));
                continue;
            }
            if (!pairs.Contains(new TaxonomyPair(keys[0]!, keys[1]!))) pairs.Add(new TaxonomyPair(keys[0]!, keys[1]!));
        }
        return pairs.ToImmutable();
    }
}
