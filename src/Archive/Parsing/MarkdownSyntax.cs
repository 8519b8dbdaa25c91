using Archive.Diagnostics;
using Archive.Input;
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

    /// <summary>
    /// Parses a content file, or reports why it cannot: Markdig refuses elements nested deeper than it can render
    /// (a line of a hundred thousand <c>&gt;</c>) with an exception, which here becomes the file's diagnostic.
    /// </summary>
    public static MarkdownDocument? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        try
        {
            return Markdown.Parse(file.Text, Pipeline);
        }
        catch (ArgumentException)
        {
            diagnostics.Add(Problems.MarkdownTooDeep(TextPosition.Locate(file.DisplayPath, file.Text, DeepestRun(file.Text))));
            return null;
        }
    }

    /// <summary>Where the nesting most likely is: the start of the longest run of one nesting character.</summary>
    static int DeepestRun(string text)
    {
        var (best, bestLength) = (0, 0);
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            var j = i + 1;
            if (c is '>' or '[' or '*' or '_' or '-' or '(' or '`' or '<')
                while (j < text.Length && (text[j] == c || text[j] == ' ')) j++;
            if (j - i > bestLength) (best, bestLength) = (i, j - i);
            i = j;
        }
        return best;
    }
}
