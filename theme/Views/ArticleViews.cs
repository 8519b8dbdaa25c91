using System.Collections.Immutable;

namespace Archive.Theme.Views;

/// <summary>An article in a list: home page, term pages.</summary>
public sealed record ArticleSummary(string Title, string Href, DateView Date, string? Summary, int NoteCount, ImmutableArray<TagChip> Tags);

/// <summary>
/// One top-level block of the article body, rendered, or with notes, the blocks their passages lie in. The element
/// that holds an annotated section's text carries <paramref name="TextId"/>: the exported selectors count in its text,
/// so it holds the article's text and nothing else.
/// </summary>
public sealed record BodySection(string Html, ImmutableArray<NoteView> Notes, string? TextId = null);

/// <summary>A note as shown beside its passage and on its own page.</summary>
public sealed record NoteView(
    string Id,
    int Number,
    string Quote,
    string BodyHtml,
    string NoteFragment,
    string PassageHref,
    string PermalinkHref,
    ImmutableArray<TagChip> Tags,
    ImmutableArray<SourceView> Sources,
    string? Author,
    DateView? Date)
{
    /// <summary>Set when the passage was edited after the note was written on it.</summary>
    public NoteChangeView? Changed { get; init; }
}

public sealed record ArticleView(
    PageMeta Meta,
    string Title,
    DateView Date,
    string Byline,
    string? SourceText,
    string? SourceUrl,
    string Lang,
    ImmutableArray<TagChip> Countries,
    ImmutableArray<TagChip> OtherTags,
    ImmutableArray<BodySection> Body,
    int NoteCount,
    ImmutableArray<LinkView> Backlinks)
{
    /// <summary>Set when the article has earlier versions.</summary>
    public RevisedView? Revised { get; init; }

    /// <summary>Notes whose passage is gone from the current text, listed after it.</summary>
    public ImmutableArray<OrphanNoteView> Orphans { get; init; } = [];

    /// <summary>For each of the article's terms, the older and newer article in it.</summary>
    public ImmutableArray<TermWalk> Walks { get; init; } = [];
}

public sealed record LinkView(string Text, string Href, string Kind);

/// <param name="Articles">The newest articles only; <paramref name="AllArticlesHref"/> lists every one.</param>
public sealed record HomeView(PageMeta Meta, string Description, ImmutableArray<ArticleSummary> Articles, int ArticleCount, string AllArticlesHref,
    ImmutableArray<TaxonomySummary> Taxonomies);

public sealed record ArticleIndexView(PageMeta Meta, int Total, ImmutableArray<ArticleSummary> Articles, PagerView Pager);

public sealed record TaxonomySummary(string Name, string NameEn, string Href, int TermCount);
