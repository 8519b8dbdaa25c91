using System.Text.Json;
using Archive.Tests.Support;

namespace Archive.Tests.Revisions;

/// <summary><c>check --anchors</c> and the build summary, as an editor runs them on the crafted archive.</summary>
public sealed class AnchorsCommandTests
{
    [Fact]
    public void Check_anchors_gives_every_notes_status_as_text_and_as_json()
    {
        using var site = RevisedArticle.Site();
        site.Write("annotations/a/deleted.md", RevisedArticle.Note("韓國外交部未發表評論"));
        var folder = Path.GetDirectoryName(site.InputDirectory)!;

        var json = ArchiveCli.Archive(folder, "check", "--anchors", "--format", "json");
        Assert.Equal(1, json.ExitCode); // the unaccepted orphan is an error
        var notes = json.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(n => n.GetProperty("note").GetString()!);
        Assert.Equal(8, notes.Count);
        Assert.Equal("exact", notes["exact"].GetProperty("status").GetString());
        Assert.Equal("moved", notes["moved"].GetProperty("status").GetString());
        Assert.Equal("changed", notes["changed"].GetProperty("status").GetString());
        Assert.Equal(0.889, notes["changed"].GetProperty("similarity").GetDouble());
        Assert.Equal("orphaned", notes["deleted"].GetProperty("status").GetString());
        Assert.False(notes["deleted"].GetProperty("accepted").GetBoolean());
        Assert.True(notes["accepted"].GetProperty("accepted").GetBoolean());
        Assert.Equal("2025-12-07", notes["changed"].GetProperty("revision").GetString());
        Assert.Equal("current", notes["today"].GetProperty("revision").GetString());
        Assert.Equal("input/annotations/a/changed.md", notes["changed"].GetProperty("file").GetString());
        Assert.Equal(2, notes["changed"].GetProperty("line").GetInt32());
        Assert.Equal(8, notes["changed"].GetProperty("column").GetInt32());
        Assert.Contains("input/annotations/a/deleted.md:2:8: error ANCHOR_ORPHANED:", json.Stderr);

        var text = ArchiveCli.Archive(folder, "check", "--anchors");
        Assert.Contains("input/annotations/a/changed.md:2:8: changed             0.89 2025-12-07\n", text.Stdout);
        Assert.Contains("input/annotations/a/today.md:2:8: exact               1.00 current\n", text.Stdout);
        Assert.Contains("anchors: 3 exact, 1 moved, 2 changed, 2 orphaned (1 accepted)", text.Stdout);
        Assert.DoesNotContain("   at ", text.Stderr + text.Stdout);
    }

    [Fact]
    public void The_build_summary_counts_each_status()
    {
        using var site = RevisedArticle.Site();
        var run = ArchiveCli.Archive(Path.GetDirectoryName(site.InputDirectory)!, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("build ok:", run.Stdout);
        Assert.Contains("\nanchors: 3 exact, 1 moved, 2 changed, 1 orphaned (1 accepted)\n", run.Stdout);
        Assert.Contains("input/annotations/a/moved.md:2:8: suggestion ANCHOR_MOVED:", run.Stderr);
        Assert.Contains("input/annotations/a/changed.md:2:8: warning ANCHOR_CHANGED:", run.Stderr);
    }
}
