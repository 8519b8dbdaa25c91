using System.Collections.Immutable;
using Archive.Diagnostics;
using Markdig.Syntax;

namespace Archive.Model;

/// <summary>W3C Web Annotation TextQuoteSelector: the exact passage, and optionally the text right before and after it.</summary>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix);

public sealed record SourceLink(string Title, string Url);

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
