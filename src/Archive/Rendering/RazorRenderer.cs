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
        services.AddSingleton<IComponentActivator, PlainActivator>();
        _services = services.BuildServiceProvider();
    }

    /// <summary>
    /// A renderer for one thread's batch of pages. A renderer keeps every root component it rendered, so a batch is
    /// kept short and then disposed, rather than one renderer living for the whole site.
    /// </summary>
    public Batch OpenBatch() => new(new HtmlRenderer(_services, NullLoggerFactory.Instance));

    public sealed class Batch(HtmlRenderer renderer) : IDisposable
    {
        public string Render<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent =>
            // Our components are synchronous, so the dispatcher runs this inline and the task is already complete.
            renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
                return output.ToHtmlString();
            }).GetAwaiter().GetResult();

        public void Dispose() => renderer.Dispose();
    }

    public void Dispose() => _services.Dispose();

    /// <summary>
    /// Our layouts take no constructor services. The default activator compiles a factory per renderer, and every batch
    /// has a new renderer: that compiled code, collected again and again, cost more than the rendering it served.
    /// </summary>
    sealed class PlainActivator : IComponentActivator
    {
        public IComponent CreateInstance(Type componentType) => (IComponent)Activator.CreateInstance(componentType)!;
    }
}
