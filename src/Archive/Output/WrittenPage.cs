using System.Net;

namespace Archive.Output;

/// <summary>A link a page makes: an <c>href</c>, or a <c>src</c> (which loads something, so must never leave the site).</summary>
public readonly record struct PageLink(string Target, bool IsSource);

/// <summary>
/// A page once rendered (and, in a build, written): only what links into it need — the ids it has — and its links to
/// fragments on other pages, which wait for those pages' ids. The rest of its links were checked as it was read, and
/// the HTML itself is not kept, so memory does not grow with the size of the site.
/// </summary>
/// <remarks>Sixty thousand of these live to the end of a build, so they are kept small: ids sorted for a binary search.</remarks>
public sealed record WrittenPage(string Path, string Origin, string[] Ids, PageLink[] Pending)
{
    /// <summary>Whether <paramref name="ids"/>, sorted ordinally, hold <paramref name="id"/>.</summary>
    public static bool HasId(string[] ids, ReadOnlySpan<char> id)
    {
        // A binary search of its own because Array.BinarySearch wants the id as a string.
        var (low, high) = (0, ids.Length - 1);
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = ids[middle].AsSpan().SequenceCompareTo(id);
            if (order == 0) return true;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return false;
    }

    /// <summary>
    /// Reads ids and links off our own HTML and checks the links with <paramref name="links"/>. Every attribute there is
    /// double-quoted by Razor or Markdig, and a quote in text or in JSON is always escaped, so finding <c>="</c> and
    /// reading the name before it is exact — and far cheaper than a parser or a regex over sixty thousand pages. Ids
    /// repeat across pages, so their strings are shared through the worker's <paramref name="scan"/>.
    /// </summary>
    public static WrittenPage Of(RenderedPage page, PageScan scan, LinkCheck links)
    {
        if (!page.IsHtml) return new WrittenPage(page.Path, page.Origin, [], []);
        scan.StartPage();
        var html = page.Content;
        var at = 0;
        while (true)
        {
            var equals = html[at..].IndexOf("=\"");
            if (equals < 0) break;
            var valueStart = at + equals + 2;
            var length = html[valueStart..].IndexOf('"');
            if (length < 0) break;
            var before = html[..(at + equals)];
            at = valueStart + length + 1;

            if (IsAttribute(before, "id")) scan.Ids.Add(scan.ShareAt(scan.Ids.Count, html.Slice(valueStart, length)));
            else if (IsAttribute(before, "href")) scan.Links.Add((valueStart, length, false));
            else if (IsAttribute(before, "src")) scan.Links.Add((valueStart, length, true));
        }
        scan.EndPage();
        var ids = SortedUnique(scan.Ids);

        // The links are checked once the page's own ids are all known: "#main" comes before the id it names.
        List<PageLink>? pending = null;
        foreach (var (start, length, isSource) in scan.Links)
        {
            var value = html.Slice(start, length);
            if (value.Contains('&')) value = WebUtility.HtmlDecode(value.ToString());
            if (links.Check(value, isSource, page.Path, page.Origin, ids, scan.ResolvedLinks) is { } later) (pending ??= []).Add(later);
        }
        return new WrittenPage(page.Path, page.Origin, ids, pending?.ToArray() ?? []);
    }

    static string[] SortedUnique(List<string> ids)
    {
        var sorted = ids.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var count = 0;
        foreach (var id in sorted)
            if (count == 0 || !string.Equals(sorted[count - 1], id, StringComparison.Ordinal)) sorted[count++] = id;
        return count == sorted.Length ? sorted : sorted[..count];
    }

    /// <summary>Whether the text before <c>="</c> ends in whitespace and then <paramref name="name"/>.</summary>
    static bool IsAttribute(ReadOnlySpan<char> before, string name) =>
        before.EndsWith(name) && before.Length > name.Length && char.IsWhiteSpace(before[^(name.Length + 1)]);
}
