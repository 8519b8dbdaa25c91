using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Parsing;
using Markdig.Syntax;

namespace Archive.Model;

/// <summary>Where an article was first published.</summary>
public sealed record ArticleSource(string Outlet, string? Url);

/// <summary>The original text an article reproduces, and the passages of it the article moved into front matter.</summary>
public sealed record ArticleOriginal(string Path, ImmutableArray<string> Moved);

/// <summary>An article as written: front matter plus its Markdown, parsed once.</summary>
public sealed record Article(
    string Slug,
    string Title,
    DateOnly Date,
    string Byline,
    ArticleSource? Source,
    string Lang,
    string? Summary,
    ImmutableArray<TagRef> Tags,
    ArticleOriginal? Original,
    string Markdown,
    MarkdownDocument Body,
    ArticleText Text,
    SourceLocation Location) : Archive.Engine.Document;
