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
    /// A renderer for one thread's batch of pages. A renderer keeps every root component it rendered, so a batch is
    /// kept short and then disposed, rather than one renderer living for the whole site.
    /// </summary>
    public Batch OpenBatch() => new(new HtmlRenderer(_services, NullLoggerFactory.Instance));

    public sealed class Batch(HtmlRenderer renderer) : IDisposable
    {
        /// <summary>The thread's page buffer: a batch runs on one thread, and each page is consumed before the next.</summary>
        [ThreadStatic] static PageBuffer? t_buffer;

        /// <summary>The page's HTML, valid until this thread renders its next page.</summary>
        public ReadOnlyMemory<char> Render<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
        {
            var buffer = t_buffer ??= new PageBuffer();
            buffer.Clear();
            // Our components are synchronous, so the dispatcher runs this inline and the task is already complete.
            renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
                output.WriteHtmlTo(buffer);
            }).GetAwaiter().GetResult();
            return buffer.Written;
        }

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
