using Archive.Output;
using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>Writing into a reused folder whose layout differs from this build's: files and folders trade places.</summary>
public sealed class SiteWriterTests
{
    [Fact]
    public void A_reused_folder_gives_way_where_files_and_folders_trade_places()
    {
        using var folder = new TempFolder();
        var root = folder["staging"];
        Directory.CreateDirectory(Path.Combine(root, "page.html"));
        File.WriteAllText(Path.Combine(root, "page.html", "old.txt"), "old");   // a folder where a file goes now
        File.WriteAllText(Path.Combine(root, "section"), "old");                // a file where a folder goes now
        File.WriteAllText(Path.Combine(root, "same.html"), "same");
        File.WriteAllText(Path.Combine(root, "gone.html"), "gone");
        var writer = new SiteWriter(root, new HashSet<string> { "page.html/old.txt", "section", "same.html", "gone.html" });

        writer.Write("page.html", "new page");
        writer.Write("section/index.html", "new section");
        writer.Write("same.html", "same");
        writer.RemoveStale();

        Assert.Equal("new page", File.ReadAllText(Path.Combine(root, "page.html")));
        Assert.Equal("new section", File.ReadAllText(Path.Combine(root, "section", "index.html")));
        Assert.Equal("same", File.ReadAllText(Path.Combine(root, "same.html")));
        Assert.False(File.Exists(Path.Combine(root, "gone.html")));
        Assert.Equal(["page.html", "same.html", "section/index.html"],
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order().ToArray());
    }
}
