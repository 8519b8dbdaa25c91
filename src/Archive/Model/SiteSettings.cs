using System.Collections.Immutable;

namespace Archive.Model;

/// <summary>A taxonomy declared in site.yml: its key (the front matter list and URL segment) and display names.</summary>
public sealed record Taxonomy(string Key, string Name, string NameEn, bool Dated);

/// <summary>input/site.yml, read once.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    ImmutableArray<Taxonomy> Taxonomies,
    int PageSize)
{
    /// <summary>The path part of the base URL, always ending in '/', e.g. "/" or "/archive/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public Taxonomy? FindTaxonomy(string key) => Taxonomies.FirstOrDefault(t => t.Key == key);
}
