using System.Collections.Immutable;

namespace Archive.Model;

/// <summary>
/// A taxonomy declared in site.yml: its key (the front matter list and URL segment), display names, whether its terms
/// are dated (a timeline), and the schema.org type of its terms. Code decides by these, never by a taxonomy's key or position.
/// </summary>
public sealed record Taxonomy(string Key, string Name, string NameEn, bool Dated, string TermType = Taxonomy.DefaultTermType)
{
    public const string DefaultTermType = "DefinedTerm";

    /// <summary>The schema.org types a taxonomy's terms may have.</summary>
    public static readonly string[] TermTypes = ["Place", "Event", "Person", "Organization", "DefinedTerm"];
}

/// <summary>input/site.yml, read once.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    ImmutableArray<Taxonomy> Taxonomies,
    int PageSize)
{
    /// <summary>The taxonomies shown as chip groups under an article, in order (site.yml's <c>article_chips</c>; all by default).
    /// The first is the article's main subject: its chips head the article and its lists, and JSON-LD calls its terms <c>about</c>.</summary>
    public ImmutableArray<Taxonomy> ArticleChips { get; init; } = Taxonomies;

    /// <summary>The interface text of <see cref="Language"/> (theme/i18n/, input/i18n/): every word of the chrome.</summary>
    public Theme.Views.InterfaceText Text { get; init; } = Theme.Views.InterfaceText.None;

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
