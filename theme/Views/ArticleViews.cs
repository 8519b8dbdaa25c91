using System.Collections.Immutable;

namespace Archive.Theme.Views;

/// <summary>An article in a list: home page, term pages.</summary>
/// <param name="TagsLabel">The name of the taxonomy <paramref name="Tags"/> are of (the article's main one).</param>
public sealed record ArticleSummary(string Title, string Href, DateView Date, string? Summary, int NoteCount, ImmutableArray<TagChip> Tags, string TagsLabel);

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
    /// <summary>The note's language when it is not the site's (its <c>lang</c> attribute), else null.</summary>
    public string? Lang { get; init; }

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
    ImmutableArray<ChipGroup> ChipGroups,
    ImmutableArray<BodySection> Body,
    int NoteCount,
    ImmutableArray<LinkView> Backlinks)
{
    /// <summary>Set when the article has earlier versions.</summary>
    public RevisedView? Revised { get; init; }

    /// <summary>Notes whose passage is gone from the current text, listed after it.</summary>
    public ImmutableArray<OrphanNoteView> Orphans { get; init; } = [];

    /// <summary>The first chip group, which heads the article (an empty one when it has none).</summary>
    public ChipGroup MainChips => ChipGroups.Length > 0 ? ChipGroups[0] : new("", []);

    /// <summary>For each of the article's terms, the older and newer article in it.</summary>
    public ImmutableArray<TermWalk> Walks { get; init; } = [];
}

/// <summary>An article's chips of one taxonomy (site.yml's <c>article_chips</c>), labelled with the taxonomy's name.</summary>
public sealed record ChipGroup(string Label, ImmutableArray<TagChip> Chips);

public sealed record LinkView(string Text, string Href, string Kind);

/// <param name="Articles">The newest articles only; <paramref name="AllArticlesHref"/> lists every one.</param>
public sealed record HomeView(PageMeta Meta, string Description, ImmutableArray<ArticleSummary> Articles, int ArticleCount, string AllArticlesHref,
    ImmutableArray<TaxonomySummary> Taxonomies);

public sealed record ArticleIndexView(PageMeta Meta, int Total, ImmutableArray<ArticleSummary> Articles, PagerView Pager);

public sealed record TaxonomySummary(string Name, string NameEn, string Href, int TermCount);
