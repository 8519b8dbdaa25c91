using System.Text.RegularExpressions;
using Archive.Diagnostics;
using Archive.Revisions;
using Archive.Tests.Support;

namespace Archive.Tests.Revisions;

/// <summary>Each way a passage can fare between two versions, as the build reports it: status, diagnostic, location, fix.</summary>
public sealed partial class AnchorStatusTests
{
    static AnchorHealth HealthOf(BuildReport report, string id) => report.Catalog!.AnchorHealth.Single(h => h.Note.Id == id);

    static Diagnostic For(BuildReport report, string code, string id) =>
        report.Diagnostics.Single(d => d.Code == code && d.Location.File == $"input/annotations/a/{id}.md");

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
        // A paragraph split: a passage in one half is untouched; one across the split now holds a paragraph break.
        Assert.Equal(AnchorStatus.Exact, HealthOf(report, "split-half").Status);
        Assert.Equal(AnchorStatus.Changed, HealthOf(report, "split-across").Status);
        Assert.Equal(AnchorStatus.Exact, HealthOf(report, "today").Status);
        Assert.Null(HealthOf(report, "today").Revision);
        Assert.Equal(new DateOnly(2025, 12, 7), HealthOf(report, "changed").Revision);
        Assert.Equal(8 / 9.0, HealthOf(report, "changed").Similarity, 3);
        // Exact notes, and the accepted orphan, say nothing.
        Assert.DoesNotContain(report.Diagnostics, d => d.Location.File.EndsWith("/exact.md") || d.Location.File.EndsWith("/accepted.md") || d.Location.File.EndsWith("/split-half.md"));
    }

    [Fact]
    public void A_moved_passage_is_a_suggestion_at_the_notes_quote_naming_where_it_went()
    {
        using var site = RevisedArticle.Site();
        var moved = For(site.Check(), "ANCHOR_MOVED", "moved");
        Assert.Equal(Severity.Suggestion, moved.Severity);
        Assert.Equal(new SourceLocation("input/annotations/a/moved.md", 2, 8), moved.Location);
        // Current text: the sentence now ends the fourth paragraph (line 18 of the article file, after 13 characters).
        Assert.Contains("to input/articles/a.md:18:14", moved.Message);
    }

    [Fact]
    public void An_edited_passage_is_a_warning_with_the_new_text_and_the_lines_that_anchor_it_today()
    {
        using var site = RevisedArticle.Site();
        var changed = For(site.Check(), "ANCHOR_CHANGED", "changed");
        Assert.Equal(Severity.Warning, changed.Severity);
        Assert.Equal(new SourceLocation("input/annotations/a/changed.md", 2, 8), changed.Location);
        Assert.Contains("`六日三度以雷達照射`", changed.Message);
        Assert.Contains("(similarity 0.89)", changed.Message);
        Assert.Contains("`quote: \"六日三度以雷達照射\"`", changed.Fix);
        Assert.DoesNotContain('\n', changed.ToString());
    }

    /// <summary>The fix's lines, written into the note in place of its selector and <c>revision:</c>, anchor it on today's text.</summary>
    [Theory]
    [InlineData("changed", "ANCHOR_CHANGED")]
    [InlineData("split-across", "ANCHOR_CHANGED")]
    [InlineData("moved", "ANCHOR_MOVED")]
    public void The_suggested_lines_anchor_the_note_on_the_current_text(string id, string code)
    {
        using var site = RevisedArticle.Site();
        var before = site.Check();
        var fix = For(before, code, id).Fix;
        var lines = SelectorLine().Matches(fix).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(lines, l => l.StartsWith("quote: "));
        site.Write($"annotations/a/{id}.md", "---\n" + string.Join("\n", lines) + "\ncountries: [japan]\n---\n改寫後的註解。\n");

        var after = site.Check();
        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        Assert.DoesNotContain(after.Diagnostics, d => d.Location.File.EndsWith($"/{id}.md"));
        var anchor = after.Catalog!.AnchorsById[id];
        Assert.Equal(before.Catalog!.AnchorsById[id].Start, anchor.Start);
        Assert.Equal(before.Catalog!.AnchorsById[id].End, anchor.End);
        Assert.Null(anchor.Revision);
    }

    [GeneratedRegex("`((?:quote|prefix|suffix): \"(?:[^\"\\\\]|\\\\.)*\")`")]
    private static partial Regex SelectorLine();

    [Fact]
    public void A_deleted_passage_is_an_error_with_the_closest_current_passage_unless_accepted()
    {
        using var site = RevisedArticle.Site();
        site.Write("annotations/a/deleted.md", RevisedArticle.Note("韓國外交部未發表評論"));
        var report = site.Check();
        Assert.False(report.Succeeded);
        var orphaned = report.Single("ANCHOR_ORPHANED");
        Assert.Equal(Severity.Error, orphaned.Severity);
        Assert.Equal(new SourceLocation("input/annotations/a/deleted.md", 2, 8), orphaned.Location);
        Assert.Matches("the closest passage now is `[^`]+` at input/articles/a\\.md:\\d+:\\d+ \\(similarity 0\\.\\d\\d\\)", orphaned.Message);
        Assert.Contains("`orphaned: accepted`", orphaned.Fix);
        Assert.Equal(AnchorStatus.Orphaned, HealthOf(report, "deleted").Status);
        Assert.False(HealthOf(report, "deleted").Accepted);

        site.Write("annotations/a/deleted.md", RevisedArticle.Note("韓國外交部未發表評論", extra: "orphaned: accepted\n"));
        var accepted = site.Check();
        Assert.True(accepted.Succeeded, string.Join("\n", accepted.Diagnostics));
        Assert.Contains(accepted.Catalog!.OrphansOf("a"), o => o.Note.Id == "deleted");
    }

    [Fact]
    public void A_note_naming_the_current_versions_date_is_anchored_on_the_current_text()
    {
        using var site = RevisedArticle.Site();
        site.Write("annotations/a/today.md", RevisedArticle.Note("首爾對此保持沉默", revision: "2025-12-09"));
        var report = site.Check();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(AnchorStatus.Exact, HealthOf(report, "today").Status);
        Assert.Null(report.Catalog!.AnchorsById["today"].Revision);
    }
}
