using Archive.Taxonomies;

namespace Archive.Linking;

public sealed partial record Catalog
{
    /// <summary>What each pair of terms from different taxonomies shares: the intersection pages and matrices.</summary>
    public Intersections Intersections { get; init; } = null!;
}
