using Archive.Model;
using Archive.Theme.Views;

namespace Archive.Rendering;

/// <summary>
/// Places dated terms on a date axis for the SVG timeline, one row each in the order given: the names in a column on
/// the left (so they stay in view when a narrow screen scrolls the drawing, and never overlap), a point for a one-day
/// term or a span for one with an end on the axis to their right, and the count beside the mark. Ticks mark years,
/// or months over a short range.
/// </summary>
public static class TimelineLayout
{
    const int Width = 720, Margin = 16, RowHeight = 22, AxisHeight = 28, Gap = 8, MaxLabel = 300;

    /// <summary>About how wide text is at 12 px: CJK characters full width, others about half.</summary>
    static int TextWidth(string text) => text.Sum(c => c < 0x2E80 ? 7 : 12);

    /// <summary>The name cut to fit the label column, with "…"; the full name is in the list beside the drawing.</summary>
    static string Fit(string name)
    {
        if (TextWidth(name) <= MaxLabel) return name;
        var width = 12;
        var length = 0;
        while (length < name.Length && width + TextWidth(name[length].ToString()) <= MaxLabel) width += TextWidth(name[length++].ToString());
        return name[..length] + "…";
    }

    /// <returns>Null when no term has a date.</returns>
    public static TimelineView? Of(IEnumerable<(Term Term, string Href, int? Count)> items)
    {
        var dated = items.Where(i => i.Term.Date is not null).ToList();
        if (dated.Count == 0) return null;
        var labels = dated.Select(i => Fit(i.Term.Name)).ToList();
        var axisStart = labels.Max(TextWidth) + 2 * Gap;
        var first = dated.Min(i => i.Term.Date!.Value);
        var last = dated.Max(i => i.Term.End ?? i.Term.Date!.Value);
        // A little room either side, so a mark never sits on the frame; at least a month, so one day is not the whole axis.
        var pad = Math.Max(15, (last.DayNumber - first.DayNumber) / 40);
        var (from, to) = (first.AddDays(-pad), last.AddDays(pad));
        var days = (double)(to.DayNumber - from.DayNumber);
        var countRoom = dated.Any(i => i.Count is not null) ? 36 : 0;
        int X(DateOnly date) => (int)Math.Round(axisStart + (Width - axisStart - Margin - countRoom) * (date.DayNumber - from.DayNumber) / days);

        var marks = dated.Select((item, row) => new TimelineMark(labels[row], item.Href,
            X(item.Term.Date!.Value), X(item.Term.End ?? item.Term.Date!.Value),
            AxisHeight + row * RowHeight + RowHeight / 2, axisStart - Gap, item.Count));
        return new TimelineView(Width, AxisHeight + dated.Count * RowHeight + 4, AxisHeight - 6, axisStart, [.. Ticks(from, to, X)], [.. marks]);
    }

    static IEnumerable<TimelineTick> Ticks(DateOnly from, DateOnly to, Func<DateOnly, int> x)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        // Years when the range is long, otherwise months (every other one past a year), so labels keep apart.
        var step = months > 24 ? 12 * Math.Max(1, months / 12 / 8) : months > 12 ? 2 : 1;
        var tick = step >= 12 ? new DateOnly(from.Year + 1, 1, 1) : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        for (; tick < to; tick = tick.AddMonths(step))
        {
            var label = step >= 12 ? $"{tick.Year}" : $"{tick.Year}-{tick.Month:00}";
            if (x(tick) + 3 + TextWidth(label) <= Width) yield return new TimelineTick(x(tick), label); // never cut at the frame
        }
    }
}
