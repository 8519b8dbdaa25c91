using System.Diagnostics;
using System.Text.Json;
using Archive.Tests.Support;

namespace Archive.Tests.Cli;

/// <summary>The command line as an editor runs it: a separate process, exit codes, stdout and stderr.</summary>
public sealed class CommandLineTests
{
    static ArchiveCli.Run Archive(string workingDirectory, params string[] args) => ArchiveCli.Archive(workingDirectory, args);

    static TestSite SiteWithOneError()
    {
        var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: A\ndate: 2025-02-30\n---\n\n內文。\n");
        site.Write("articles/b.md", "---\ndate: 2025-01-01\n---\n\n內文。\n");
        return site;
    }

    [Fact]
    public void An_unknown_command_prints_usage_and_exits_2()
    {
        var run = Archive(Repository.Root, "bild");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: archive build", run.Stderr);
    }

    [Fact]
    public void An_unknown_option_exits_2()
    {
        var run = Archive(Repository.Root, "build", "--outptu", "x");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Stderr);
    }

    [Fact]
    public void Build_reports_every_problem_on_stderr_and_the_summary_on_stdout()
    {
        using var site = SiteWithOneError();
        var run = Archive(Path.GetDirectoryName(site.InputDirectory)!, "build");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("input/articles/a.md:3:7: error DATE_INVALID:") && l.Contains(" — "));
        Assert.Contains(lines, l => l.StartsWith("input/articles/b.md:1:1: error FIELD_MISSING:"));
        Assert.Contains("build failed", run.Stdout);
        Assert.Contains("2 errors", run.Stdout);
        Assert.DoesNotContain("   at ", run.Stderr + run.Stdout);
        Assert.DoesNotContain("\u001b[", run.Stderr + run.Stdout);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Check_writes_nothing_and_can_speak_json()
    {
        using var site = SiteWithOneError();
        var run = Archive(Path.GetDirectoryName(site.InputDirectory)!, "check", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var objects = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["DATE_INVALID", "FIELD_MISSING"], objects.Select(o => o.GetProperty("code").GetString()!).ToArray());
        Assert.Equal(3, objects[0].GetProperty("line").GetInt32());
        Assert.Equal("input/articles/a.md", objects[0].GetProperty("file").GetString());
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Check_exits_0_on_clean_content_and_build_writes_the_site()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\n\n內文。\n");
        var folder = Path.GetDirectoryName(site.InputDirectory)!;
        Assert.Equal(0, Archive(folder, "check").ExitCode);
        Assert.False(Directory.Exists(site.OutputDirectory));
        var build = Archive(folder, "build");
        Assert.Equal(0, build.ExitCode);
        Assert.Matches(@"build ok: \d+ documents read, \d+ pages written", build.Stdout);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "articles", "a", "index.html")));
    }
}
