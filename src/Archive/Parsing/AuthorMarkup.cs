using Archive.Diagnostics;
using Archive.Input;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Parsing;

/// <summary>
/// Checks what an author wrote beyond plain Markdown, where they wrote it: raw HTML (none in an article, which must be
/// its original's text and nothing else; the <see cref="AllowedHtml"/> list in notes and term descriptions), and the
/// address of every link and image (no script or data URLs; no image loaded from another host).
/// </summary>
public static class AuthorMarkup
{
    public static void Check(MarkdownDocument document, SourceFile file, bool htmlAllowed, DiagnosticBag diagnostics)
    {
        // Without these there is no raw HTML, autolink or link address in the file: most articles, skipped unwalked.
        var text = file.Text.AsSpan();
        if (!text.Contains('<') && !text.Contains("](", StringComparison.Ordinal) && !text.Contains("]:", StringComparison.Ordinal)) return;
        SourceLocation At(MarkdownObject node) => TextPosition.Locate(file.DisplayPath, file.Text, node.Span.Start);
        foreach (var node in MarkdownWalk.All(document))
        {
            switch (node)
            {
                case HtmlBlock block when !htmlAllowed:
                    diagnostics.Add(Problems.HtmlInArticle(At(block)));
                    break;
                case HtmlBlock block when AllowedHtml.Block(block.Lines.ToString()).Problem is { } problem:
                    diagnostics.Add(Problems.HtmlNotAllowed(At(block), problem, AllowedHtml.Listed));
                    break;
                case HtmlInline inline when !htmlAllowed:
                    diagnostics.Add(Problems.HtmlInArticle(At(inline)));
                    break;
                case HtmlInline inline when AllowedHtml.Tag(inline.Tag).Problem is { } problem:
                    diagnostics.Add(Problems.HtmlNotAllowed(At(inline), problem, AllowedHtml.Listed));
                    break;
                case LinkInline link when UrlProblem(link.Url, link.IsImage) is { } problem:
                    diagnostics.Add(Problems.UrlNotAllowed(At(link), link.Url ?? "", problem));
                    break;
                case AutolinkInline auto when !auto.IsEmail && UrlProblem(auto.Url, isImage: false) is { } problem:
                    diagnostics.Add(Problems.UrlNotAllowed(At(auto), auto.Url, problem));
                    break;
            }
        }
    }

    /// <summary>What is wrong with a link's address, or null. Links within the site are checked once the site's files are known.</summary>
    static string? UrlProblem(string? url, bool isImage)
    {
        if (string.IsNullOrWhiteSpace(url)) return "the link has no address";
        var trimmed = url.Trim();
        if (Xref.IsXref(trimmed) || trimmed.StartsWith('#') || trimmed.StartsWith('/') && !trimmed.StartsWith("//")) return null;
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOf('/');
        var scheme = colon > 0 && (slash < 0 || colon < slash) ? trimmed[..colon].ToLowerInvariant() : null;
        if (trimmed.StartsWith("//")) scheme = "";
        return scheme switch
        {
            null => null, // relative to the page
            "http" or "https" when isImage => "an image from another host is a request that leaves the site; copy the image into the theme or link to it instead",
            "http" or "https" or "mailto" => null,
            "" => "a link without a scheme (`//host/…`) depends on how the page is served; write https://",
            _ => $"`{scheme}:` links are not allowed; link to an https:// page or a page of this site",
        };
    }
}
