using System.Collections.Immutable;
using Archive.Diagnostics;
using Markdig.Syntax;

namespace Archive.Model;

/// <summary>W3C Web Annotation TextQuoteSelector: the exact passage, and optionally the text right before and after it.</summary>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix);

/// <summary>A report that states what a note or term says; <paramref name="Location"/> is where its URL is written.</summary>
public sealed record SourceLink(string Title, string Url, SourceLocation Location);

/// <summary>A hand-written note about one passage of one article.</summary>
public sealed record Annotation(
    string Id,
    string ArticleSlug,
    TextQuoteSelector Quote,
    SourceLocation QuoteLocation,
    ImmutableArray<TagRef> Tags,
    ImmutableArray<SourceLink> Sources,
    string? Author,
    DateOnly? Date,
    MarkdownDocument Body,
    SourceLocation Location)
{
    /// <summary>The article version the quote was taken from (<c>revision:</c>), and where that is written; null for the current text.</summary>
    public (DateOnly Date, SourceLocation Location)? Revision { get; init; }

    /// <summary><c>orphaned: accepted</c>: the editor knows the passage is gone; the note is listed at the end of the article.</summary>
    public bool OrphanAccepted { get; init; }

    /// <summary><c>language:</c>, when the note is written in another language than the site's; null otherwise.</summary>
    public string? Language { get; init; }
}
