using Archive.Linking;
using Archive.Model;
using Archive.Parsing;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Rendering;

/// <summary>
/// Markdown to HTML with Markdig's renderer, plus the archive's two additions: <c>xref:</c> links become site URLs,
/// and anchored passages become numbered marks. The syntax tree is only read, never changed.
/// </summary>
/// <remarks>
/// It keeps one Markdig renderer, reused (setting one up costs more than rendering a paragraph), so it renders one
/// node at a time: one per <see cref="RenderWorker"/>.
/// </remarks>
public sealed class MarkdownHtml
{
    readonly StringWriter _writer = new();
    readonly HtmlRenderer _renderer;
    readonly HighlightingLiteralRenderer _literals;

    /// <param name="absoluteUrls">Write every link as an absolute URL, for HTML read away from the site (the Web Annotation export).</param>
    public MarkdownHtml(Catalog catalog, bool absoluteUrls = false)
    {
        _renderer = new HtmlRenderer(_writer);
        _literals = new HighlightingLiteralRenderer(catalog.Site.Text);
        MarkdownSyntax.Pipeline.Setup(_renderer);
        _renderer.LinkRewriter = absoluteUrls ? url => Absolute(catalog, Rewrite(catalog, url)) : url => Rewrite(catalog, url);
        _renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(_literals);
        _renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new AllowedHtmlInlineRenderer());
        _renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new AllowedHtmlBlockRenderer());
    }

    public string Render(MarkdownObject node, Highlights? highlights = null, bool withReferences = true)
    {
        _writer.GetStringBuilder().Clear();
        _literals.Highlights = highlights;
        _literals.WithReferences = withReferences;
        _renderer.Render(node);
        _writer.Flush();
        return _writer.ToString();
    }

    /// <summary>Cross-links were validated when the catalog was built, so an unresolved one here cannot happen in a passing build.</summary>
    static string Rewrite(Catalog catalog, string url)
    {
        if (!Xref.IsXref(url)) return url;
        var path = Xref.Parse(url) is { } xref ? catalog.Resolve(xref) : null;
        return path is null ? url : catalog.Urls.Href(path);
    }

    /// <summary>
    /// Raw HTML is published only as <see cref="AllowedHtml"/> rewrites it. Parsing rejected anything else, so a
    /// problem here cannot happen in a passing build; it is written as nothing rather than passed through.
    /// </summary>
    sealed class AllowedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.Write(AllowedHtml.Tag(inline.Tag).Markup ?? "");
    }

    /// <inheritdoc cref="AllowedHtmlInlineRenderer"/>
    sealed class AllowedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block) => renderer.WriteLine(AllowedHtml.Block(block.Lines.ToString()).Markup ?? "");
    }

    /// <summary>A site-relative URL resolved against the base URL; absolute ones (https:, mailto:) stay as they are.</summary>
    /// <remarks>On Unix .NET takes "/path" for an absolute file URI, hence the test for a leading '/'.</remarks>
    static string Absolute(Catalog catalog, string url)
    {
        var hasScheme = !url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out _);
        return hasScheme || !Uri.TryCreate(catalog.Site.BaseUrl, url, out var resolved) ? url : resolved.AbsoluteUri;
    }

    /// <summary>Writes a literal in pieces: plain text, and marks for passages, with the note number after a passage's last piece.</summary>
    /// <param name="interfaceText">The site's interface text: a note number's accessible name.</param>
    sealed class HighlightingLiteralRenderer(Theme.Views.InterfaceText interfaceText) : HtmlObjectRenderer<LiteralInline>
    {
        public Highlights? Highlights { get; set; }
        public bool WithReferences { get; set; }

        protected override void Write(HtmlRenderer renderer, LiteralInline literal)
        {
            var pieces = Highlights?.PiecesOf(literal);
            if (pieces is null) { renderer.WriteEscape(ref literal.Content); return; }
            var text = literal.Content.ToString();
            var at = 0;
            foreach (var piece in pieces)
            {
                if (piece.Start > at) renderer.WriteEscape(text[at..piece.Start]);
                foreach (var starting in piece.StartingHere.Skip(1))
                    renderer.Write($"<span class=\"passage-start\" id=\"{Urls.PassageFragment(starting.Annotation.Id)}\"></span>");
                renderer.Write("<mark class=\"passage");
                if (piece.Covering.Length > 1) renderer.Write(" passage-overlap");
                renderer.Write("\" data-notes=\"").Write(string.Join(' ', piece.Covering.Select(a => a.Annotation.Id))).Write('"');
                if (piece.StartingHere.Length > 0)
                    renderer.Write(" id=\"").Write(Urls.PassageFragment(piece.StartingHere[0].Annotation.Id)).Write('"');
                renderer.Write('>');
                renderer.WriteEscape(text[piece.Start..piece.End]);
                renderer.Write("</mark>");
                // The number is drawn by the stylesheet from data-number: as text it would sit inside the passage's
                // context, and the page's text would no longer be the article's, which the exported selectors count in.
                // Search ignores the link too.
                foreach (var ending in WithReferences ? piece.EndingHere : [])
                    renderer.Write($"<a class=\"note-ref\" data-pagefind-ignore href=\"#{Urls.NoteFragment(ending.Annotation.Id)}\" aria-label=\"{System.Net.WebUtility.HtmlEncode(interfaceText.Format("note.ref_label", ("number", ending.Number)))}\" data-note=\"{ending.Annotation.Id}\" data-number=\"{ending.Number}\"></a>");
                at = piece.End;
            }
            if (at < text.Length) renderer.WriteEscape(text[at..]);
        }
    }
}
