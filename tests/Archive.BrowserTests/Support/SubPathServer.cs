using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Archive.BrowserTests.Support;

/// <summary>
/// Serves a folder under <see cref="SubPath"/> on 127.0.0.1 the way a static host does: <c>index.html</c> for a
/// directory URL, the site's own <c>404.html</c> (status 404) for anything else.
/// </summary>
public sealed class SubPathServer : IAsyncDisposable
{
    public const string SubPath = "/archive";

    readonly WebApplication _app;

    SubPathServer(WebApplication app, Uri root) { _app = app; Root = root; }

    /// <summary>The site's root URL, ending in <c>/archive/</c>.</summary>
    public Uri Root { get; }

    /// <summary>Starts on a free port. The folder may be empty (or replaced) until the first request.</summary>
    public static async Task<SubPathServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var files = new PhysicalFileProvider(folder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".jsonld"] = "application/ld+json";
        app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = SubPath, FileProvider = files });
        // Search indexes (Pagefind) use extensions no table knows; a static host serves them anyway.
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = SubPath, FileProvider = files, ContentTypeProvider = types,
            ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream",
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.GetFileInfo("404.html");
            if (!notFound.Exists) return;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(notFound);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new SubPathServer(app, new Uri(new Uri(address), SubPath + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
