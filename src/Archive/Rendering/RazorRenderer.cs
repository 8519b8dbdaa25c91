using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Rendering;

/// <summary>
/// Renders Razor components to HTML strings with <see cref="HtmlRenderer"/>. The encoder allows every Unicode range:
/// the default one turns each CJK character into a numeric entity. It still escapes &lt; &gt; &amp; and quotes.
/// </summary>
public sealed class RazorRenderer : IDisposable
{
    readonly ServiceProvider _services;

    public RazorRenderer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        _services = services.BuildServiceProvider();
    }

    public string Render<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        // One renderer per page: a renderer keeps every root component it rendered, so sharing one would grow without bound.
        using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();
    }

    public void Dispose() => _services.Dispose();
}
