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
public sealed class MarkdownHtml(Catalog catalog)
{
    /// <summary>One Markdig renderer per thread, reused: setting one up costs more than rendering a paragraph.</summary>
    readonly ThreadLocal<Session> _sessions = new(() => new Session(catalog));

    public string Render(MarkdownObject node, Highlights? highlights = null, bool withReferences = true) =>
        _sessions.Value!.Render(node, highlights, withReferences);

    sealed class Session
    {
        readonly StringWriter _writer = new();
        readonly HtmlRenderer _renderer;
        readonly HighlightingLiteralRenderer _literals = new();

        public Session(Catalog catalog)
        {
            _renderer = new HtmlRenderer(_writer);
            MarkdownSyntax.Pipeline.Setup(_renderer);
            _renderer.LinkRewriter = url => Rewrite(catalog, url);
            _renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(_literals);
        }

        public string Render(MarkdownObject node, Highlights? highlights, bool withReferences)
        {
            _writer.GetStringBuilder().Clear();
            _literals.Highlights = highlights;
            _literals.WithReferences = withReferences;
            _renderer.Render(node);
            _writer.Flush();
            return _writer.ToString();
        }
    }

    /// <summary>Cross-links were validated when the catalog was built, so an unresolved one here cannot happen in a passing build.</summary>
    static string Rewrite(Catalog catalog, string url)
    {
        if (!Xref.IsXref(url)) return url;
        var path = Xref.Parse(url) is { } xref ? catalog.Resolve(xref) : null;
        return path is null ? url : catalog.Urls.Href(path);
    }

    /// <summary>Writes a literal in pieces: plain text, and marks for passages, with the note number after a passage's last piece.</summary>
    sealed class HighlightingLiteralRenderer : HtmlObjectRenderer<LiteralInline>
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
                // Search ignores the number: indexed, it would split the word it stands in ("顯1示").
                foreach (var ending in WithReferences ? piece.EndingHere : [])
                    renderer.Write($"<a class=\"note-ref\" data-pagefind-ignore href=\"#{Urls.NoteFragment(ending.Annotation.Id)}\" aria-label=\"註 {ending.Number}\" data-note=\"{ending.Annotation.Id}\">{ending.Number}</a>");
                at = piece.End;
            }
            if (at < text.Length) renderer.WriteEscape(text[at..]);
        }
    }
}
