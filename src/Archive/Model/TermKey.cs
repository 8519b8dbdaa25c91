namespace Archive.Model;

/// <summary>A term's identity: the taxonomy it belongs to (<c>places</c>) and its slug (<c>japan</c>).</summary>
public readonly record struct TermKey(string Taxonomy, string Slug)
{
    public override string ToString() => $"{Taxonomy}/{Slug}";
}

/// <summary>A use of a term in front matter, with where it was written (for "unknown term" errors).</summary>
public sealed record TagRef(TermKey Key, Archive.Diagnostics.SourceLocation Location);
