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

    /// <summary>The taxonomy pairs <c>matrices:</c> names, each a matrix page; null (no key) means every pair in declaration order.</summary>
    public ImmutableArray<TaxonomyPair>? Matrices { get; init; }

    /// <summary>The pairs that get a matrix page: those <c>matrices:</c> names, or every pair of declared taxonomies.</summary>
    public IEnumerable<TaxonomyPair> MatrixPairs => Matrices ?? [
        .. Taxonomies.SelectMany((a, i) => Taxonomies.Skip(i + 1).Select(b => new TaxonomyPair(a.Key, b.Key))),
    ];
}

/// <summary>Two different taxonomies, by key, in the order a matrix page names them (<c>/first/second/</c>).</summary>
public readonly record struct TaxonomyPair(string First, string Second);
