using System.Collections.Immutable;

namespace Archive.Theme.Views;

/// <summary>What every page shares: the site's name, language and navigation, with URLs already computed.</summary>
public sealed record SiteView(
    string Title,
    string Language,
    string HomeHref,
    string SearchHref,
    string FeedHref,
    string StylesheetHref,
    string ScriptHref,
    string IconHref,
    ImmutableArray<NavLink> Navigation,
    string? LiveReloadScriptHref = null)
{
    /// <summary>What every page shares, rendered once; without it each page renders those parts itself.</summary>
    public SiteChrome? Chrome { get; init; }

    /// <summary>The picture shared links show, or null when the theme has none.</summary>
    public SocialImage? Image { get; init; }

    /// <summary>The stylesheet of the words site.css draws, in the site's language; none when null.</summary>
    public string? TextStylesheetHref { get; init; }

    /// <summary>Every word of the chrome, in the site's language.</summary>
    public InterfaceText Text { get; init; } = InterfaceText.None;
}

/// <summary>An Open Graph image: absolute URL, size in pixels, and its text alternative.</summary>
public sealed record SocialImage(string Url, int Width, int Height, string Alt);

/// <summary>The markup every page shares: the head's links (SiteHead), the header (SiteHeader), the footer (SiteFooter).</summary>
public sealed record SiteChrome(string Head, string Header, string Footer);

public sealed record NavLink(string Text, string Href);

/// <summary>Per-page head metadata: title, description, canonical URL (null for a page with no address of its own, such as
/// 404.html), Open Graph type, schema.org JSON-LD.</summary>
public sealed record PageMeta(string Title, string Description, string? CanonicalUrl, string OpenGraphType, string? JsonLd = null)
{
    /// <summary>The page's own Atom feed (a term's), announced beside the site's.</summary>
    public string? FeedHref { get; init; }
}

/// <summary>A tag chip linking to a term page.</summary>
/// <param name="FilterName">The taxonomy's display name: the search filter this chip feeds (Pagefind).</param>
/// <param name="Dated">Whether the term is on a timeline (an event), which its chip shows.</param>
public sealed record TagChip(string Name, string Href, string Taxonomy, string FilterName, bool Dated = false);

public sealed record SourceView(string Title, string Url);

/// <summary>A date both as machine-readable ISO and as text in the site's language.</summary>
public sealed record DateView(string Iso, string Text);
