using System.Text.Json;
using Archive.Revisions;

namespace Archive.Cli;

/// <summary>
/// Where every note stands against the current text of its article: one line (or JSON object) per note for
/// <c>check --anchors</c>, and the count of each status for the summary of <c>build</c> and <c>check</c>.
/// </summary>
public static class AnchorReport
{
    static readonly AnchorStatus[] Reported = [AnchorStatus.Exact, AnchorStatus.Moved, AnchorStatus.Changed, AnchorStatus.Orphaned, AnchorStatus.Unanchored];

    /// <summary>"anchors: 47 exact, 1 moved, 1 changed, 1 orphaned (1 accepted)", or null when nothing was anchored.</summary>
    public static string? Counts(BuildReport report)
    {
        var health = report.Catalog?.AnchorHealth.ToList();
        if (health is null || health.Count == 0) return null;
        var parts = Reported.Where(s => s != AnchorStatus.Unanchored || health.Any(h => h.Status == s))
            .Select(s => $"{health.Count(h => h.Status == s)} {Word(s)}").ToList();
        var accepted = health.Count(h => h.Accepted);
        if (accepted > 0) parts[3] += $" ({accepted} accepted)";
        return "anchors: " + string.Join(", ", parts);
    }

    /// <summary>One line per note: <c>file:line:column: status similarity revision</c>, the revision a date or "current".</summary>
    public static void Lines(BuildReport report, TextWriter output)
    {
        foreach (var h in report.Catalog?.AnchorHealth ?? [])
        {
            var status = h.Accepted ? Word(h.Status) + " (accepted)" : Word(h.Status);
            output.WriteLine($"{h.Note.QuoteLocation}: {status,-19} {h.Similarity:0.00} {Revision(h)}");
        }
    }

    /// <summary>The same as data: one JSON object per note, per line.</summary>
    public static void Json(BuildReport report, TextWriter output)
    {
        foreach (var h in report.Catalog?.AnchorHealth ?? [])
            output.WriteLine(JsonSerializer.Serialize(new
            {
                file = h.Note.QuoteLocation.File, line = h.Note.QuoteLocation.Line, column = h.Note.QuoteLocation.Column,
                note = h.Note.Id, article = h.Note.ArticleSlug, status = Word(h.Status), accepted = h.Accepted,
                similarity = Math.Round(h.Similarity, 3), revision = Revision(h),
            }, Rendering.JsonLd.Options));
    }

    static string Revision(AnchorHealth h) => h.Revision is { } date ? date.ToString("yyyy-MM-dd") : "current";

    static string Word(AnchorStatus status) => status.ToString().ToLowerInvariant();
}
