using System.Collections.Immutable;

namespace Archive.Theme.Views;

/// <summary>A note in a list: its quoted passage, the article, and links to the exact spot and to the note's page.</summary>
public sealed record NoteSummary(int Number, string Quote, string ArticleTitle, string PassageHref, string PermalinkHref, string Excerpt);

public sealed record RelatedView(string Name, string NameEn, string Href, int Count);

public sealed record PagerView(int Page, int PageCount, string? PreviousHref, string? NextHref);

public sealed record TermPageView(
    PageMeta Meta,
    string TaxonomyName,
    string TaxonomyHref,
    string Name,
    string NameEn,
    DateView? Date,
    DateView? End,
    string DescriptionHtml,
    ImmutableArray<SourceView> Sources,
    int ArticleCount,
    int NoteCount,
    ImmutableArray<ArticleSummary> Articles,
    ImmutableArray<NoteSummary> Notes,
    ImmutableArray<RelatedView> Related,
    ImmutableArray<LinkView> Backlinks,
    PagerView Pager)
{
    /// <summary>The term's Atom feed.</summary>
    public string? FeedHref { get; init; }

    /// <summary>The terms of other taxonomies this term shares items with, each linking to what they share.</summary>
    public ImmutableArray<CrossGroup> Cross { get; init; } = [];
}

public sealed record TermSummary(string Name, string NameEn, string Href, int ArticleCount, int NoteCount, DateView? Date, DateView? End);

public sealed record TaxonomyIndexView(PageMeta Meta, string Name, string NameEn, bool IsTimeline, ImmutableArray<TermSummary> Terms)
{
    /// <summary>A dated taxonomy's terms drawn on a date axis; the list stays as its text equivalent.</summary>
    public TimelineView? Timeline { get; init; }
}

public sealed record AnnotationPageView(
    PageMeta Meta,
    NoteView Note,
    string ArticleTitle,
    string ArticleHref,
    DateView ArticleDate,
    string ContextHtml,
    ImmutableArray<LinkView> Backlinks);

public sealed record SimplePageView(PageMeta Meta, string Heading, string BodyHtml, bool Wide = false);
