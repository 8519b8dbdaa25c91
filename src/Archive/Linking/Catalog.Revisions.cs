using System.Collections.Immutable;
using Archive.Revisions;

namespace Archive.Linking;

/// <summary>What the catalog knows of articles' earlier versions and of the notes written on them.</summary>
public sealed partial record Catalog
{
    /// <summary>The versions and diffs of every article that has earlier versions, by slug.</summary>
    public IReadOnlyDictionary<string, ArticleHistory> Histories { get; init; } = ImmutableDictionary<string, ArticleHistory>.Empty;

    /// <summary>Notes whose passage is gone and that say <c>orphaned: accepted</c>, by article slug, in note id order.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<OrphanNote>> OrphansByArticle { get; init; } = ImmutableDictionary<string, ImmutableArray<OrphanNote>>.Empty;

    public IReadOnlyDictionary<string, OrphanNote> OrphansById { get; init; } = ImmutableDictionary<string, OrphanNote>.Empty;

    /// <summary>Every note's anchor status, by article slug.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<AnchorHealth>> HealthByArticle { get; init; } = ImmutableDictionary<string, ImmutableArray<AnchorHealth>>.Empty;

    public ArticleHistory? HistoryOf(string articleSlug) => Histories.GetValueOrDefault(articleSlug);

    public ImmutableArray<OrphanNote> OrphansOf(string articleSlug) => OrphansByArticle.GetValueOrDefault(articleSlug, []);

    /// <summary>Every note's status, in file order (<c>check --anchors</c>, the build summary).</summary>
    public IEnumerable<AnchorHealth> AnchorHealth =>
        HealthByArticle.Values.SelectMany(h => h).OrderBy(h => h.Note.Location.File, StringComparer.Ordinal);
}
