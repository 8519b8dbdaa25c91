using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Archive.Tests.Support;

namespace Archive.Tests.Cli;

/// <summary>`archive preview` as an editor uses it: save a note, the open page is told to reload and serves the new text.</summary>
public sealed class PreviewTests
{
    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Saving_a_note_reloads_the_page_and_a_broken_note_shows_its_problem_while_the_old_site_stays()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n");
        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\n---\n第一版註解。\n");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(site.InputDirectory)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Archive.Cli.dll"), "preview", "--port", port.ToString() }) start.ArgumentList.Add(a);
        using var preview = Process.Start(start)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilServing(http);
            Assert.Contains("第一版註解", await http.GetStringAsync("annotations/n1/"));

            using var events = new StreamReader(await http.GetStreamAsync("_archive/events"));
            Assert.Equal(": connected", await events.ReadLineAsync());

            var saved = Stopwatch.StartNew();
            site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\n---\n第二版註解。\n");
            Assert.Equal("event: reload", await NextEvent(events));
            var elapsed = saved.ElapsedMilliseconds;
            Assert.Contains("第二版註解", await http.GetStringAsync("annotations/n1/"));
            Assert.True(elapsed < 30_000, $"save to reload took {elapsed} ms");

            site.Write("annotations/a/n1.md", "---\nquote: 雷射照達\n---\n壞掉的註解。\n");
            Assert.Equal("event: problems", await NextEvent(events));
            Assert.Contains("QUOTE_NOT_FOUND", await events.ReadLineAsync());
            Assert.Contains("第二版註解", await http.GetStringAsync("annotations/n1/"));

            // Input built to crash a parser is a problem like any other: the server stays, and the next good save reloads.
            site.Write("annotations/a/n1.md", "---\nquote: " + new string('[', 100_000) + "\n---\n" + new string('>', 100_000) + "\n");
            Assert.Equal("event: problems", await NextEvent(events));
            Assert.Contains("YAML_INVALID", await events.ReadLineAsync());
            site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\n---\n第三版註解。\n");
            Assert.Equal("event: reload", await NextEvent(events));
            Assert.Contains("第三版註解", await http.GetStringAsync("annotations/n1/"));
        }
        finally
        {
            preview.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Preview_serves_every_file_only_to_this_machine_and_never_writes_into_output()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n");
        var port = FreePort();
        var root = Path.GetDirectoryName(site.InputDirectory)!;
        using var preview = Process.Start(ArchiveCli.StartInfo(root, "preview", "--port", port.ToString()))!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilServing(http);
            foreach (var (path, type) in new[] { ("assets/site.css", "text/css"), ("assets/site.js", "text/javascript"), ("feed.xml", "application/xml"), ("assets/favicon.svg", "image/svg+xml"), ("sitemap.xml", "application/xml") })
            {
                using var response = await http.GetAsync(path);
                Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
                Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
                Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(root, "output.preview", path)), await response.Content.ReadAsByteArrayAsync());
            }
            using var missing = await http.GetAsync("assets/none.css");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

            // DNS rebinding: a page on another host name that resolves to 127.0.0.1 must get nothing.
            using var rebound = new HttpRequestMessage(HttpMethod.Get, "articles/a/");
            rebound.Headers.Host = "attacker.example";
            using var refused = await http.SendAsync(rebound);
            Assert.Equal(HttpStatusCode.MisdirectedRequest, refused.StatusCode);
            Assert.DoesNotContain("雷達照射", await refused.Content.ReadAsStringAsync());
            using var local = new HttpRequestMessage(HttpMethod.Get, "articles/a/");
            local.Headers.Host = $"localhost:{port}";
            Assert.Contains("雷達照射", await (await http.SendAsync(local)).Content.ReadAsStringAsync());

            // The preview build (live-reload script, localhost URLs) lives apart from what `build` publishes.
            Assert.False(Directory.Exists(site.OutputDirectory), "preview wrote into output/");
            Assert.Contains("livereload", await File.ReadAllTextAsync(Path.Combine(root, "output.preview", "articles", "a", "index.html")));
        }
        finally
        {
            preview.Kill(entireProcessTree: true);
        }
    }

    static async Task WaitUntilServing(HttpClient http)
    {
        for (var i = 0; i < 240; i++)
        {
            try { if ((await http.GetAsync("")).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("preview never served the site");
    }

    static async Task<string?> NextEvent(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("event: ")) return line;
        return null;
    }
}
