using System.Net;

namespace Archive.Output;

/// <summary>
/// What one render worker reuses while it reads its pages' ids and links (<see cref="WrittenPage.Of"/>): lists
/// cleared for each page, and two tables that grow over the run. Owned by one worker, so nothing here is locked: a
/// page is read on one thread, which is all its de-duplication needs.
/// </summary>
public sealed class PageScan
{
    /// <summary>
    /// The run's id strings as this worker met them, so that sixty thousand pages with the same ids ("main",
    /// "backlinks") hold one string each.
    /// </summary>
    readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    /// <summary>
    /// The previous page's ids in the order they came. Pages of one kind follow each other and share their layout,
    /// so the n-th id is often the previous page's n-th: one comparison instead of a lookup in the table of every id.
    /// </summary>
    readonly List<string> _previous = [];

    /// <summary>The page's ids, as read.</summary>
    public readonly List<string> Ids = [];

    /// <summary>The page's links, as positions in its text.</summary>
    public readonly List<(int Start, int Length, bool IsSource)> Links = [];

    /// <summary>
    /// Links that resolved on an earlier page. Most repeat from page to page (navigation, chips), and a link that
    /// resolved once resolves again wherever it appears, unless it names a fragment, which depends on the page; those
    /// are never added here.
    /// </summary>
    public readonly HashSet<string> ResolvedLinks = new(StringComparer.Ordinal);

    public void StartPage()
    {
        Ids.Clear();
        Links.Clear();
    }

    /// <summary>The id at <paramref name="position"/> of the page, decoded, as the one string this worker keeps for it.</summary>
    public string ShareAt(int position, ReadOnlySpan<char> value)
    {
        // A value with an entity is stored decoded, so it is not compared raw.
        if (position < _previous.Count && value.SequenceEqual(_previous[position]) && !value.Contains('&')) return _previous[position];
        var known = Shared(value);
        if (position < _previous.Count) _previous[position] = known;
        else _previous.Add(known);
        return known;
    }

    /// <summary>Drops what the previous page had beyond this page's ids.</summary>
    public void EndPage()
    {
        if (Ids.Count < _previous.Count) _previous.RemoveRange(Ids.Count, _previous.Count - Ids.Count);
    }

    string Shared(ReadOnlySpan<char> value)
    {
        if (value.Contains('&')) return Share(WebUtility.HtmlDecode(value.ToString()));
        if (_ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var known)) return known;
        return Share(value.ToString());
    }

    string Share(string value)
    {
        if (_ids.TryGetValue(value, out var known)) return known;
        _ids[value] = value;
        return value;
    }
}
