using Archive.Diagnostics;
using Archive.Input;
using Archive.Theme.Views;
using YamlDotNet.RepresentationModel;

namespace Archive.Parsing;

/// <summary>
/// Reads the interface text of the site's language: <c>theme/i18n/&lt;language&gt;.yml</c>, then the site's own
/// <c>input/i18n/&lt;language&gt;.yml</c>, whose texts replace the theme's. Every key of <see cref="InterfaceKeys.All"/>
/// must be there: there is no fallback into another language, whose script would show in this site's pages.
/// </summary>
public static class ReadInterfaceText
{
    public const string Folder = "i18n";

    /// <summary>The plural categories a counted text may name (CLDR's).</summary>
    static readonly string[] Categories = ["zero", "one", "two", "few", "many", "other"];

    /// <param name="languageAt">Where site.yml names the language, for the error when the theme lacks it.</param>
    public static InterfaceText? Read(string themeDirectory, string inputDirectory, string language, SourceLocation languageAt, DiagnosticBag diagnostics)
    {
        var texts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var themeFile = Path.Combine(themeDirectory, Folder, language + ".yml");
        var themeDisplay = $"theme/{Folder}/{language}.yml";
        var overrideFile = Path.Combine(inputDirectory, Folder, language + ".yml");
        var overrideDisplay = $"input/{Folder}/{language}.yml";
        // A language must not name a path of its own: it becomes a file name here.
        if (language.Length == 0 || language.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')) || !File.Exists(themeFile))
        {
            diagnostics.Add(Problems.TextFileMissing(languageAt, language, themeDisplay));
            return null;
        }
        ReadInto(themeFile, themeDisplay, texts, diagnostics);
        if (File.Exists(overrideFile)) ReadInto(overrideFile, overrideDisplay, texts, diagnostics);
        foreach (var key in InterfaceKeys.All.Where(k => !texts.ContainsKey(k)))
            diagnostics.Add(Problems.TextMissing(SourceLocation.StartOf(themeDisplay), key, language, $"{themeDisplay} (or {overrideDisplay})"));
        return diagnostics.HasErrors ? null : new InterfaceText(language, texts);
    }

    static void ReadInto(string path, string display, Dictionary<string, IReadOnlyDictionary<string, string>> texts, DiagnosticBag diagnostics)
    {
        string text;
        try { text = File.ReadAllText(path).Replace("\r\n", "\n"); }
        catch (IOException e) { diagnostics.Add(Problems.FileUnreadable(display, e.Message)); return; }
        var yaml = FrontMatter.ReadYamlFile(new SourceFile(path, display, Path.GetFileName(path), text), diagnostics);
        if (yaml is null) return;
        foreach (var (key, at) in yaml.Keys)
        {
            if (!InterfaceKeys.All.Contains(key))
            {
                diagnostics.Add(Problems.KeyUnknown(at, key, Closest.Hint(key, InterfaceKeys.All, "interface texts")));
                continue;
            }
            if (Forms(yaml.Node(key)!, key, yaml.LocationOfValue(key), diagnostics) is { } forms) texts[key] = forms;
        }
    }

    /// <summary>A text (its one form, <c>other</c>), or a mapping of plural categories to forms that has <c>other</c>.</summary>
    static IReadOnlyDictionary<string, string>? Forms(YamlNode node, string key, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode { Value: { } one }) return new Dictionary<string, string> { ["other"] = one };
        if (node is YamlMappingNode map)
        {
            var forms = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in map.Children)
            {
                var category = (name as YamlScalarNode)?.Value ?? "";
                if (!Categories.Contains(category) || value is not YamlScalarNode { Value: { } form })
                {
                    diagnostics.Add(Problems.TextInvalid(at, key, $"has a form `{category}`, which is not a plural category with a text",
                        $"name its forms with {string.Join(", ", Categories.Select(c => $"`{c}:`"))}"));
                    return null;
                }
                forms[category] = form;
            }
            if (forms.ContainsKey("other")) return forms;
            diagnostics.Add(Problems.TextInvalid(at, key, "has no `other:` form", "add `other:`, the form used for any count without a form of its own"));
            return null;
        }
        diagnostics.Add(Problems.TextInvalid(at, key, "is neither a text nor plural forms", $"write `{key}: text`, or `{key}: {{ one: …, other: … }}`"));
        return null;
    }
}
