using Archive.Linking;
using Archive.Output;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Archive.Rendering;

/// <summary>
/// One worker of the render loop (<see cref="RenderCheckWrite"/>) and everything it reuses from page to page: the
/// buffer a page is rendered into, a Razor renderer, a Markdown renderer for each kind of link, a JSON writer, and
/// what reading a page's ids and links keeps. A worker renders one page at a time, on one thread; it is made when
/// the loop starts and dropped when it ends, so none of this is shared or locked.
/// </summary>
public sealed class RenderWorker(RazorRenderer razor, Catalog catalog) : IDisposable
{
    /// <summary>
    /// Pages one Razor renderer renders before it is replaced: it holds on to every component it rendered, and their
    /// render tree arrays go back to the shared pool only when it is disposed. With more pages per renderer it held
    /// more arrays than the pool keeps, so most were allocated anew (see docs/performance.md).
    /// </summary>
    const int PagesPerRenderer = 4;

    /// <summary>
    /// The text of the file being made, cleared (not freed) for the next: a worker makes tens of thousands of pages
    /// without a string builder, a string and a byte array for each.
    /// </summary>
    readonly PageBuffer _page = new();

    HtmlRenderer? _renderer;
    int _rendered;
    MarkdownHtml? _markdown, _absoluteMarkdown;

    /// <summary>Markdown with site links (<see cref="MarkdownHtml"/>).</summary>
    public MarkdownHtml Markdown => _markdown ??= new MarkdownHtml(catalog);

    /// <summary>Markdown with every link absolute, for HTML read away from the site (the Web Annotation export).</summary>
    public MarkdownHtml AbsoluteMarkdown => _absoluteMarkdown ??= new MarkdownHtml(catalog, absoluteUrls: true);

    /// <summary>Small JSON documents (<see cref="JsonText"/>).</summary>
    public JsonText Json { get; } = new();

    /// <summary>What reading the pages' ids and links reuses (<see cref="WrittenPage.Of"/>).</summary>
    public PageScan Scan { get; } = new();

    /// <summary>
    /// The buffer for a file's text, emptied. What it held, including a page this worker rendered before, is gone.
    /// </summary>
    public PageBuffer StartFile()
    {
        _page.Clear();
        return _page;
    }

    /// <summary>The component's HTML, valid until this worker starts its next file.</summary>
    public ReadOnlySpan<char> Render<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        if (_renderer is null || _rendered == PagesPerRenderer)
        {
            _renderer?.Dispose();
            (_renderer, _rendered) = (razor.NewRenderer(), 0);
        }
        _rendered++;
        var buffer = StartFile();
        RazorRenderer.Render<TComponent>(_renderer, parameters, buffer);
        return buffer.Written;
    }

    public void Dispose() => _renderer?.Dispose();
}
