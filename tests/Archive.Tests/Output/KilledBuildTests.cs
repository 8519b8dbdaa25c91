using System.Diagnostics;
using Archive.Output;
using Archive.Tests.Support;

namespace Archive.Tests.Output;

/// <summary>
/// Builds killed with SIGKILL or SIGINT at random moments, the swap included: output/ is there and whole after every kill, and
/// the next good build leaves no staging or old folder behind and gives the user's files back.
/// </summary>
public sealed class KilledBuildTests
{
    [Fact]
    public void Output_survives_builds_killed_at_any_moment()
    {
        using var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        for (var i = 0; i < 40; i++)
        {
            site.Write($"articles/a{i}.md", $"---\ntitle: 第{i}篇\ndate: 2025-01-{i % 28 + 1:00}\ncountries: [japan]\n---\n\n日本航空自衛隊戰機遭到雷達照射。第{i}段。\n");
            for (var n = 0; n < 5; n++) site.Write($"annotations/a{i}/n{i}x{n}.md", $"---\nquote: 第{i}段\n---\n第{n}則。\n");
        }
        var root = Path.GetDirectoryName(site.InputDirectory)!;
        var output = site.OutputDirectory;
        var first = Stopwatch.StartNew();
        Assert.Equal(0, ArchiveCli.Archive(root, "build").ExitCode);
        // A rebuild takes about as long as this one: the kills are spread over it, whatever the machine's speed.
        var buildTime = (int)first.ElapsedMilliseconds;
        File.WriteAllText(Path.Combine(output, "CNAME"), "archive.example.org");
        var reference = OutputSnapshot.Of(output);

        var random = new Random(20251214);
        var kills = 0;
        for (var round = 0; round < 14; round++)
        {
            using var build = Process.Start(ArchiveCli.StartInfo(root, "build"))!;
            // Spread over the whole run: start-up, rendering, writing and the swap at the end.
            Thread.Sleep(random.Next(buildTime / 10, buildTime * 19 / 20));
            if (!build.HasExited)
            {
                // Every third build gets Ctrl-C (SIGINT) instead of SIGKILL: no clean-up runs in either case.
                if (round % 3 == 2) Interrupt(build.Id);
                else build.Kill(entireProcessTree: true);
                kills++;
            }
            build.WaitForExit();

            Assert.True(Directory.Exists(output), $"round {round}: output/ is missing");
            var now = OutputSnapshot.Of(output);
            foreach (var (file, hash) in reference.Where(f => f.Key != "CNAME"))
                Assert.True(now.GetValueOrDefault(file) == hash, $"round {round}: {file} differs from the good build");
            // Between the swap and moving the user's files in, the CNAME sits in the replaced output: never lost.
            Assert.True(File.Exists(Path.Combine(output, "CNAME")) || Leftovers(output).Any(l => File.Exists(Path.Combine(l, "CNAME"))),
                $"round {round}: the user's CNAME is nowhere");
        }
        Assert.True(kills >= 5, $"only {kills} builds were killed before they finished; the test proves little");

        Assert.Equal(0, ArchiveCli.Archive(root, "build").ExitCode);
        var left = Leftovers(output).ToList();
        Assert.True(left.Count == 0, "left behind: " + string.Join(", ", left.Select(l => $"{l} [{string.Join(" ", Directory.EnumerateFileSystemEntries(l).Select(Path.GetFileName).Take(5))}]")));
        Assert.Equal(reference, OutputSnapshot.Of(output));
    }

    static void Interrupt(int pid)
    {
        using var kill = Process.Start("kill", ["-INT", pid.ToString()]);
        kill.WaitForExit();
    }

    static IEnumerable<string> Leftovers(string output) =>
        Directory.EnumerateDirectories(Path.GetDirectoryName(output)!, Path.GetFileName(output) + ".*")
            .Where(d => Path.GetFileName(d).Contains(".staging-") || Path.GetFileName(d).Contains(".old-"));

    [Fact]
    public async Task Output_is_there_at_every_instant_of_a_swap()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: 甲\ndate: 2025-01-01\n---\n\n雷達照射。\n");
        site.BuildOk();
        var page = Path.Combine(site.OutputDirectory, "articles", "a", "index.html");
        var missing = 0;
        var looks = 0;
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (!File.Exists(page)) Interlocked.Increment(ref missing);
                Interlocked.Increment(ref looks);
            }
        });
        for (var i = 0; i < 20; i++)
        {
            site.Write("articles/a.md", $"---\ntitle: 甲{i}\ndate: 2025-01-01\n---\n\n雷達照射。\n");
            site.BuildOk();
        }
        stop.Cancel();
        await watcher;
        Assert.True(looks > 1000, $"only {looks} looks");
        Assert.Equal(0, missing);
    }

    [Fact]
    public void The_marker_lists_exactly_the_files_the_build_made()
    {
        using var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        site.Write("articles/a.md", "---\ntitle: 甲\ndate: 2025-01-01\ncountries: [japan]\n---\n\n雷達照射。\n");
        site.BuildOk();
        var marker = OutputMarker.Read(site.OutputDirectory)!;
        var files = Directory.EnumerateFiles(site.OutputDirectory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(site.OutputDirectory, f)).Where(f => f != OutputMarker.FileName).Order().ToList();
        Assert.Equal(MarkedState.Complete, marker.State);
        Assert.Equal(files, marker.Files.Order());
    }
}
