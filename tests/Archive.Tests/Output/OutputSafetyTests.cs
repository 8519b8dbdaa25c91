using Archive.Diagnostics;
using Archive.Output;
using Archive.Tests.Support;

namespace Archive.Tests.Output;

/// <summary>
/// A build deletes only what it made. Each case puts the user's files where a careless <c>--output</c> would reach
/// them, builds, and asserts the exact diagnostic and that every one of those files is byte for byte as it was.
/// </summary>
public sealed class OutputSafetyTests
{
    static TestSite NewSite()
    {
        var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        site.Write("articles/a.md", "---\ntitle: 甲篇\ndate: 2025-01-01\ncountries: [japan]\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n");
        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n第一則。\n");
        return site;
    }

    static string Root(TestSite site) => Path.GetDirectoryName(site.InputDirectory)!;

    static BuildReport Build(TestSite site, string output, bool force = false) =>
        ArchiveBuild.Run(new BuildOptions(site.InputDirectory, output, Repository.Theme, Force: force));

    static void AssertFails(BuildReport report, string code, string file)
    {
        Assert.False(report.Succeeded);
        var d = report.Single(code);
        Assert.Equal((file, 1, 1), (d.Location.File, d.Location.Line, d.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(d.Fix));
    }

    [Fact]
    public void A_folder_of_the_users_is_refused_and_its_files_are_untouched_over_two_builds()
    {
        using var site = NewSite();
        var work = Path.Combine(Root(site), "w");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "thesis.tex"), "\\documentclass{article}");
        var before = OutputSnapshot.Of(Root(site));

        AssertFails(Build(site, work), "OUTPUT_NOT_OURS", work);
        AssertFails(Build(site, work), "OUTPUT_NOT_OURS", work);

        Assert.Equal(before, OutputSnapshot.Of(Root(site)));
        Assert.Equal(["input", "w"], Directory.EnumerateDirectories(Root(site)).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void With_force_the_site_is_written_beside_the_users_files_and_none_is_deleted()
    {
        using var site = NewSite();
        var work = Path.Combine(Root(site), "w");
        Directory.CreateDirectory(Path.Combine(work, "notes"));
        File.WriteAllText(Path.Combine(work, "thesis.tex"), "論文");
        File.WriteAllText(Path.Combine(work, "notes", ".hidden"), "秘密");
        var mine = OutputSnapshot.Of(work);

        Assert.True(Build(site, work, force: true).Succeeded);
        Assert.True(File.Exists(Path.Combine(work, "articles", "a", "index.html")));
        // Once marked, the folder is the build's: later builds need no --force, and still keep the user's files.
        Assert.True(Build(site, work).Succeeded);
        Assert.True(Build(site, work).Succeeded);
        var after = OutputSnapshot.Of(work);
        Assert.All(mine, file => Assert.Equal(file.Value, after.GetValueOrDefault(file.Key)));
        Assert.DoesNotContain(Directory.EnumerateFiles(work + ".spare", "*", SearchOption.AllDirectories), f => f.EndsWith("thesis.tex"));
    }

    [Fact]
    public void A_users_file_where_the_site_has_a_page_stops_the_build_and_nothing_moves()
    {
        using var site = NewSite();
        var work = Path.Combine(Root(site), "w");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "404.html"), "我的頁面");
        var before = OutputSnapshot.Of(work);
        var report = Build(site, work, force: true);
        AssertFails(report, "OUTPUT_CONFLICT", Path.Combine(work, "404.html"));
        Assert.Equal(before, OutputSnapshot.Of(work));
    }

    [Fact]
    public void Output_dot_in_a_clone_is_refused_and_nothing_is_touched()
    {
        using var site = NewSite();
        Directory.CreateDirectory(Path.Combine(Root(site), ".git"));
        File.WriteAllText(Path.Combine(Root(site), ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(Root(site), "README.md"), "# 我的檔案庫");
        var before = OutputSnapshot.Of(Root(site));

        var run = ArchiveCli.Archive(Root(site), "build", "--output", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".:1:1: error OUTPUT_OVERLAPS_INPUT:", run.Stderr);
        Assert.Equal(before, OutputSnapshot.Of(Root(site)));
    }

    [Fact]
    public void A_folder_holding_a_repository_is_refused()
    {
        using var site = NewSite();
        var pages = Path.Combine(Root(site), "pages");
        Directory.CreateDirectory(Path.Combine(pages, ".git"));
        AssertFails(Build(site, pages, force: true), "OUTPUT_HOLDS_REPOSITORY", pages);
        Assert.Equal([Path.Combine(pages, ".git")], Directory.EnumerateFileSystemEntries(pages));
    }

    [Theory]
    [InlineData("input")]
    [InlineData(".")]
    [InlineData("input/output")]
    public void An_output_that_is_inside_or_holds_the_input_is_refused(string relative)
    {
        using var site = NewSite();
        var before = OutputSnapshot.Of(Root(site));
        var output = Path.GetFullPath(Path.Combine(Root(site), relative));
        AssertFails(Build(site, output, force: true), "OUTPUT_OVERLAPS_INPUT", output);
        Assert.Equal(before, OutputSnapshot.Of(Root(site)));
    }

    [Fact]
    public void A_missing_articles_folder_is_an_error_and_the_last_site_stays()
    {
        using var site = NewSite();
        site.BuildOk();
        var before = OutputSnapshot.Of(site.OutputDirectory);
        Directory.Move(Path.Combine(site.InputDirectory, "articles"), Path.Combine(Root(site), "elsewhere"));
        var d = site.Build().Single("INPUT_MISSING");
        Assert.Equal("input/articles", d.Location.File);
        Assert.Equal(before, OutputSnapshot.Of(site.OutputDirectory));
    }

    [Fact]
    public void Files_the_user_adds_to_the_output_survive_every_build()
    {
        using var site = NewSite();
        site.BuildOk();
        File.WriteAllText(Path.Combine(site.OutputDirectory, "CNAME"), "archive.example.org");
        File.WriteAllText(Path.Combine(site.OutputDirectory, ".nojekyll"), "");
        File.WriteAllText(Path.Combine(site.OutputDirectory, "articles", "a", "draft.txt"), "草稿");
        Directory.CreateDirectory(Path.Combine(site.OutputDirectory, "downloads", "pdf"));
        File.WriteAllText(Path.Combine(site.OutputDirectory, "downloads", "pdf", "a.pdf"), "%PDF");
        var made = OutputMarker.Read(site.OutputDirectory)!.Files;
        var mine = OutputSnapshot.Of(site.OutputDirectory).Where(f => !made.Contains(f.Key) && f.Key != OutputMarker.FileName).ToList();
        Assert.Equal(4, mine.Count);

        for (var i = 0; i < 3; i++) site.BuildOk();
        // A note deleted: its page goes, the user's files stay.
        File.Delete(Path.Combine(site.InputDirectory, "annotations", "a", "n1.md"));
        site.BuildOk();

        var after = OutputSnapshot.Of(site.OutputDirectory);
        Assert.All(mine, file => Assert.Equal(file.Value, after.GetValueOrDefault(file.Key)));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "annotations", "n1")));
    }

    [Fact]
    public void An_output_that_is_a_symbolic_link_is_written_through_on_every_build()
    {
        using var site = NewSite();
        var real = Path.Combine(Root(site), "published", "site");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(site.OutputDirectory, real);
        site.BuildOk();
        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\n---\n改過的。\n");
        site.BuildOk();
        site.BuildOk();
        Assert.NotNull(new DirectoryInfo(site.OutputDirectory).LinkTarget);
        Assert.Contains("改過的", File.ReadAllText(Path.Combine(real, "annotations", "n1", "index.html")));
        // Beside the real folder: the spare, the search cache where Node is installed, and nothing a build left half-done.
        Assert.Contains("site.spare", Directory.EnumerateDirectories(Path.GetDirectoryName(real)!).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.EnumerateDirectories(Path.GetDirectoryName(real)!).Select(Path.GetFileName),
            name => name!.Contains(".staging-") || name.Contains(".old-") || !name.StartsWith("site"));
        Assert.False(Directory.Exists(Path.Combine(Root(site), "output.spare")), "the spare belongs beside the folder the link leads to");
    }

    [Fact]
    public void What_a_killed_build_left_is_cleaned_and_the_users_files_come_back()
    {
        using var site = NewSite();
        site.BuildOk();
        var output = site.OutputDirectory;
        // A build killed while writing: its staging folder, marked as its own.
        var staging = output + ".staging-999999-deadbeef";
        Directory.CreateDirectory(Path.Combine(staging, "articles"));
        File.WriteAllText(Path.Combine(staging, "articles", "half.html"), "<p>");
        OutputMarker.WriteStaging(staging);
        // A build killed right after its swap: the replaced output, still holding the user's CNAME.
        var old = output + ".old-999998-deadbeef";
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "index.html"), "old");
        File.WriteAllText(Path.Combine(old, "CNAME"), "archive.example.org");
        OutputMarker.Write(old, MarkedState.Complete, ["index.html"]);
        // A build killed between making its folder and marking it.
        var unmarked = output + ".staging-999996-beef";
        Directory.CreateDirectory(unmarked);
        // Someone's folder that merely looks like one of ours.
        var notOurs = output + ".staging-999997-cafe";
        Directory.CreateDirectory(notOurs);
        File.WriteAllText(Path.Combine(notOurs, "keep.txt"), "mine");

        site.BuildOk();

        Assert.Equal("archive.example.org", File.ReadAllText(Path.Combine(output, "CNAME")));
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(old));
        Assert.False(Directory.Exists(unmarked));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(notOurs, "keep.txt")));
    }

    [Fact]
    public void A_failed_build_leaves_the_marker_and_the_users_files_as_they_were()
    {
        using var site = NewSite();
        site.BuildOk();
        File.WriteAllText(Path.Combine(site.OutputDirectory, "CNAME"), "archive.example.org");
        var before = OutputSnapshot.Of(site.OutputDirectory);
        site.Write("annotations/a/n1.md", "---\nquote: 不存在的句子\n---\n壞。\n");
        Assert.False(site.Build().Succeeded);
        Assert.Equal(before, OutputSnapshot.Of(site.OutputDirectory));
        Assert.Empty(Directory.EnumerateDirectories(Root(site), "output.staging-*"));
    }
}
