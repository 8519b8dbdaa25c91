using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>
/// A build keeps the output it replaces as <c>output.spare</c> and the next build writes into that folder, rewriting
/// only what differs and removing what it did not write. The result must be exactly a build from nothing.
/// </summary>
public sealed class RebuildTests
{
    static TestSite NewSite()
    {
        var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        site.Write("articles/a.md", "---\ntitle: 甲篇\ndate: 2025-01-01\ncountries: [japan]\n---\n\n日本航空自衛隊戰機遭到雷達照射。\n");
        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n第一則。\n");
        site.Write("annotations/a/n2.md", "---\nquote: 航空自衛隊\n---\n第二則。\n");
        return site;
    }

    static void AssertSameAsFreshBuild(TestSite site)
    {
        using var reference = new TempFolder();
        Assert.True(ArchiveBuild.Run(new BuildOptions(site.InputDirectory, reference["output"], Repository.Theme)).Succeeded);
        var differing = OutputSnapshot.Differences(reference["output"], site.OutputDirectory);
        Assert.True(differing.Count == 0, "these files differ from a build from nothing: " + string.Join(", ", differing));
    }

    [Fact]
    public void A_rebuild_into_the_spare_writes_exactly_a_fresh_site_and_drops_deleted_pages()
    {
        using var site = NewSite();
        site.BuildOk();
        site.BuildOk();
        Assert.True(Directory.Exists(site.OutputDirectory + ".spare"), "the replaced output is kept as the spare");
        var spareNote = Path.Combine(site.OutputDirectory + ".spare", "annotations", "n2", "index.html");
        Assert.True(File.Exists(spareNote));

        // The third build writes into the first build's output: n2 is gone, n1 changed.
        File.Delete(Path.Combine(site.InputDirectory, "annotations", "a", "n2.md"));
        site.Write("annotations/a/n1.md", "---\nquote: 雷達照射\ncountries: [japan]\n---\n改過的第一則。\n");
        site.BuildOk();

        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "annotations", "n2")), "a deleted note's page folder is removed");
        Assert.Contains("改過的第一則", site.Page("/annotations/n1/").QuerySelector(".note-body")!.TextContent);
        AssertSameAsFreshBuild(site);
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.OutputDirectory)!, "output.staging-*"));
    }

    [Fact]
    public void An_unchanged_page_is_not_rewritten_when_the_spare_already_holds_it()
    {
        using var site = NewSite();
        site.BuildOk();
        site.BuildOk();
        var page = Path.Combine(site.OutputDirectory + ".spare", "articles", "a", "index.html");
        var before = File.GetLastWriteTimeUtc(page);
        Thread.Sleep(20);
        site.BuildOk();
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, "articles", "a", "index.html")));
        AssertSameAsFreshBuild(site);
    }
}
