using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Archive.Cli.Preview;

/// <summary>
/// Server-sent events to the open pages: "reload" after a good build, "problems" with the diagnostics after a failed
/// one (the page shows them in an overlay while the last good site stays served), "search" when the search index has
/// caught up.
/// </summary>
public sealed class LiveReload
{
    public const string ScriptPath = "_archive/livereload.js";
    public const string EventsPath = "_archive/events";

    readonly List<Channel<string>> _clients = [];
    readonly object _gate = new();
    string? _lastProblems;

    public void Reload() => Broadcast("reload", "{}", problems: null);

    /// <summary>"search" once preview's search index has caught up with an edit: an open search page reloads to use it.</summary>
    public void SearchUpdated()
    {
        lock (_gate)
            foreach (var client in _clients) client.Writer.TryWrite("event: search\ndata: {}\n\n");
    }

    public void Problems(IEnumerable<string> lines)
    {
        var json = JsonSerializer.Serialize(lines.ToArray(), Rendering.JsonLd.Options);
        Broadcast("problems", json, json);
    }

    void Broadcast(string name, string data, string? problems)
    {
        lock (_gate)
        {
            _lastProblems = problems;
            foreach (var client in _clients) client.Writer.TryWrite($"event: {name}\ndata: {data}\n\n");
        }
    }

    public async Task Stream(HttpContext http)
    {
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _clients.Add(channel);
            // A page opened while the content is broken shows the problems at once.
            if (_lastProblems is not null) channel.Writer.TryWrite($"event: problems\ndata: {_lastProblems}\n\n");
        }
        try
        {
            await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(http.RequestAborted))
            {
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            lock (_gate) _clients.Remove(channel);
        }
    }

    /// <summary>The script preview pages load (never part of a published build). Builds the overlay with DOM calls: diagnostics are text, not HTML.</summary>
    public static string Script(string eventsHref) => $$"""
        (function () {
          "use strict";
          var source = new EventSource("{{eventsHref}}");
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("search", function () { if (document.getElementById("search")) location.reload(); });
          source.addEventListener("problems", function (event) {
            var old = document.getElementById("archive-problems");
            if (old) old.remove();
            var box = document.createElement("div");
            box.id = "archive-problems";
            box.setAttribute("role", "alert");
            box.className = "preview-problems";
            var title = document.createElement("strong");
            title.textContent = "建置失敗，以下仍為上次成功的版本。Build failed; showing the last good site.";
            box.append(title);
            JSON.parse(event.data).forEach(function (line) {
              var pre = document.createElement("pre");
              pre.textContent = line;
              box.append(pre);
            });
            document.body.prepend(box);
          });
        })();
        """;
}
