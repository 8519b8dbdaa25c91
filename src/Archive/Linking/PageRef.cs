namespace Archive.Linking;

/// <summary>A page of the site by kind and slug: <c>articles/x</c>, <c>annotations/y</c>, <c>places/japan</c>.</summary>
public readonly record struct PageRef(string Kind, string Slug)
{
    public const string Articles = "articles";
    public const string Annotations = "annotations";

    public override string ToString() => $"{Kind}/{Slug}";
}
