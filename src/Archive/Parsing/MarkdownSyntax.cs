using Markdig;
using Markdig.Syntax;

namespace Archive.Parsing;

/// <summary>The one Markdig pipeline: built once, then frozen and shared by every thread.</summary>
public static class MarkdownSyntax
{
    /// <summary>
    /// Front matter stays in the syntax tree so line numbers are the file's; figures (<c>^^^</c>) give photo captions a
    /// <c>figure</c>/<c>figcaption</c>; precise source locations let quotes and fidelity errors point at a column.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseFigures()
        .UsePreciseSourceLocation()
        .Build();

    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);
}
