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
    SourceLocation Location) : Archive.Engine.Document;
