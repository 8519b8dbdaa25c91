using System.Collections.Immutable;
using Archive.Model;

namespace Archive.Search;

/// <summary>
/// The pages Pagefind is given: the articles and each term's first page, the only pages the theme marks with
/// <c>data-pagefind-body</c>. Pagefind would leave every other page out of the index anyway, but only after reading
/// and parsing it: at 10,000 articles the 50,000 note pages cost it a quarter of its time and 3 GB of memory.
/// </summary>
public sealed class SearchScope(SiteSettings site)
{
    /// <summary>Each pattern is a site path with one <c>*</c> standing for a slug (no <c>/</c>).</summary>
    public static ImmutableArray<string> IndexedFiles(SiteSettings site) =>
    [
        Urls.FileOf(Urls.Article("*")),
        .. site.Taxonomies.Select(t => Urls.FileOf(Urls.Term(new TermKey(t.Key, "*")))),
    ];

    readonly (string Prefix, string Suffix)[] _patterns =
        [.. IndexedFiles(site).Select(p => (p[..p.IndexOf('*')], p[(p.IndexOf('*') + 1)..]))];

    public bool Indexes(string sitePath)
    {
        foreach (var (prefix, suffix) in _patterns)
        {
            if (sitePath.Length <= prefix.Length + suffix.Length || !sitePath.StartsWith(prefix, StringComparison.Ordinal)
                || !sitePath.EndsWith(suffix, StringComparison.Ordinal)) continue;
            if (sitePath.AsSpan(prefix.Length, sitePath.Length - prefix.Length - suffix.Length).IndexOf('/') < 0) return true;
        }
        return false;
    }
}
