using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Rendering;

/// <summary>
/// Renders Razor components to HTML with <see cref="HtmlRenderer"/>, escaping with <see cref="PageHtmlEncoder"/>.
/// </summary>
public sealed class RazorRenderer : IDisposable
{
    readonly ServiceProvider _services;

    public RazorRenderer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton<HtmlEncoder>(PageHtmlEncoder.Instance);
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<IComponentActivator, PlainActivator>();
        _services = services.BuildServiceProvider();
    }

    /// <summary>
    /// A renderer for a short run of pages on one thread. It keeps every root component it rendered, so it is replaced
    /// after a few pages (see <see cref="RenderWorker"/>) rather than living for the whole site.
    /// </summary>
    public HtmlRenderer NewRenderer() => new(_services, NullLoggerFactory.Instance);

    /// <summary>Renders the component into <paramref name="into"/>, after what it holds.</summary>
    public static void Render<TComponent>(HtmlRenderer renderer, Dictionary<string, object?> parameters, TextWriter into) where TComponent : IComponent =>
        // Our components are synchronous, so the dispatcher runs this inline and the task is already complete.
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            output.WriteHtmlTo(into);
        }).GetAwaiter().GetResult();

    public void Dispose() => _services.Dispose();

    /// <summary>
    /// Our layouts take no constructor services. The default activator compiles a factory per renderer, and a worker
    /// makes a new renderer every few pages: that compiled code, collected again and again, cost more than the rendering it served.
    /// </summary>
    sealed class PlainActivator : IComponentActivator
    {
        public IComponent CreateInstance(Type componentType) => (IComponent)Activator.CreateInstance(componentType)!;
    }
}
