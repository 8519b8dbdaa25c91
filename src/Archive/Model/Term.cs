using System.Collections.Immutable;
using Archive.Diagnostics;
using Markdig.Syntax;

namespace Archive.Model;

/// <summary>One term of a taxonomy (a country, an incident), with its own description page and the reports that support it.</summary>
public sealed record Term(
    TermKey Key,
    string Name,
    string NameEn,
    ImmutableArray<string> Aliases,
    DateOnly? Date,
    DateOnly? End,
    ImmutableArray<TagRef> Related,
    ImmutableArray<SourceLink> Sources,
    MarkdownDocument Body,
    SourceLocation Location)
{
    /// <summary>The name followed by the aliases: every spelling the text may use for this term.</summary>
    public IEnumerable<string> Spellings => Aliases.Prepend(Name);
}
