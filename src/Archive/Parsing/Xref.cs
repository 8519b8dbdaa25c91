namespace Archive.Parsing;

/// <summary>A cross-link target written as <c>xref:&lt;kind&gt;/&lt;slug&gt;[#fragment]</c>, the form Statiq uses.</summary>
public sealed record Xref(string Kind, string Slug, string? Fragment)
{
    public const string Scheme = "xref:";

    public static bool IsXref(string? url) => url is not null && url.StartsWith(Scheme, StringComparison.Ordinal);

    public static Xref? Parse(string url)
    {
        if (!IsXref(url)) return null;
        var rest = url[Scheme.Length..];
        string? fragment = null;
        var hash = rest.IndexOf('#');
        if (hash >= 0) { fragment = rest[(hash + 1)..]; rest = rest[..hash]; }
        var slash = rest.IndexOf('/');
        if (slash <= 0 || slash == rest.Length - 1 || rest.IndexOf('/', slash + 1) >= 0) return null;
        var kind = rest[..slash];
        // Markdig keeps a link's URL as written; a slug in another script may come percent-encoded or decomposed.
        var slug = Uri.UnescapeDataString(rest[(slash + 1)..]).Normalize(System.Text.NormalizationForm.FormC);
        // Only slug characters: "../" or "%2e" can never reach the file system through a cross-link.
        if (!Parsing.Slug.IsValid(kind) || !Parsing.Slug.IsValid(slug)) return null;
        return new Xref(kind, slug, fragment);
    }

    public override string ToString() => $"{Scheme}{Kind}/{Slug}" + (Fragment is null ? "" : "#" + Fragment);
}
