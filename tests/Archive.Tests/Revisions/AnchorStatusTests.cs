using Archive.Revisions;
using Archive.Tests.Support;

namespace Archive.Tests.Revisions;

/// <summary>Each way a passage can fare between two versions, as the build reports it: status, diagnostic, location.</summary>
public sealed class AnchorStatusTests
{
    static AnchorHealth HealthOf(BuildReport report, string id) => report.Catalog!.AnchorHealth.Single(h => h.Note.Id == id);

    [Fact]
    public void Every_note_gets_the_status_of_what_became_of_its_passage()
    {
        using var site = RevisedArticle.Site();
        var report = site.Check();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(AnchorStatus.Exact, HealthOf(report, "exact").Status);
        Assert.Equal(AnchorStatus.Moved, HealthOf(report, "moved").Status);
        Assert.Equal(AnchorStatus.Changed, HealthOf(report, "changed").Status);
        Assert.Equal(AnchorStatus.Orphaned, HealthOf(report, "accepted").Status);
        Assert.True(HealthOf(report, "accepted").Accepted);
        Assert.Equal(AnchorStatus.Exact, HealthOf(report, "split-half").Status);
        Assert.Equal(AnchorStatus.Changed, HealthOf(report, "split-across").Status);
        Assert.Equal(AnchorStatus.Exact, HealthOf(report, "today").Status);
        Assert.Null(HealthOf(report, "today").Revision);
        Assert.Equal(new DateOnly(2025, 12, 7), HealthOf(report, "changed").Revision);
        Assert.Equal(8 / 9.0, HealthOf(report, "changed").Similarity, 3);
        System.Console.WriteLine(string.Join("\n", report.Diagnostics));
    }
}
