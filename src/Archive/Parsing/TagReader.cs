using System.Collections.Immutable;
using Archive.Model;

namespace Archive.Parsing;

/// <summary>Reads one list per declared taxonomy (<c>places: [japan]</c>; NFC, as term slugs are) from front matter. Whether the terms exist is checked later, once all are known.</summary>
public static class TagReader
{
    public static ImmutableArray<TagRef> Read(FrontMatter front, SiteSettings site) =>
        [.. site.Taxonomies.SelectMany(t => front.Strings(t.Key).Select(s => new TagRef(new TermKey(t.Key, s.Value.Normalize(System.Text.NormalizationForm.FormC)), s.Location)))];

    public static IReadOnlyCollection<string> AllowedKeys(SiteSettings site, params string[] fields) =>
        [.. fields, .. site.Taxonomies.Select(t => t.Key)];
}
