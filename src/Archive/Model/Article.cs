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
    SourceLocation Location)
{
    /// <summary>The earlier versions of the text (<c>revisions:</c>), oldest first; empty for an article never revised.</summary>
    public ImmutableArray<Revisions.ArticleVersion> Revisions { get; init; } = [];

    /// <summary>The date of the current text (<c>updated:</c>), when the front matter gives one.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>
    /// The date that names the current text in a note's <c>revision:</c>: <c>updated:</c>, or for an article never
    /// revised its <c>date:</c>. Null when a revised article does not say when its current text appeared.
    /// </summary>
    public DateOnly? CurrentVersionDate => Updated ?? (Revisions.IsEmpty ? Date : null);
}
