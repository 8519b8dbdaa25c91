using System.Net;
using Archive.Engine;

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
    /// repeat across pages, so their strings are shared through <paramref name="strings"/>.
    /// </summary>
    public static WrittenPage Of(OutputFile file, IdStrings strings, LinkCheck links)
    {
        if (!file.IsHtml) return new WrittenPage(file.Path, file.Origin, [], []);
        var scratch = t_scratch ??= new Scratch();
        scratch.Clear();
        var shared = strings.OfThisThread();
        var html = file.Content.Span;
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

            if (IsAttribute(before, "id")) scratch.Ids.Add(scratch.ShareAt(scratch.Ids.Count, shared, html.Slice(valueStart, length)));
            else if (IsAttribute(before, "href")) scratch.Links.Add((valueStart, length, false));
            else if (IsAttribute(before, "src")) scratch.Links.Add((valueStart, length, true));
        }
        scratch.Forget(scratch.Ids.Count);
        var ids = SortedUnique(scratch.Ids);

        // The links are checked once the page's own ids are all known: "#main" comes before the id it names.
        List<PageLink>? pending = null;
        foreach (var (start, length, isSource) in scratch.Links)
        {
            var value = html.Slice(start, length);
            if (value.Contains('&')) value = WebUtility.HtmlDecode(value.ToString());
            if (links.Check(value, isSource, file.Path, file.Origin, ids) is { } later) (pending ??= []).Add(later);
        }
        return new WrittenPage(file.Path, file.Origin, ids, pending?.ToArray() ?? []);
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

    /// <summary>A page's ids and link positions while it is read; one set per rendering thread, cleared for each page.</summary>
    sealed class Scratch
    {
        /// <summary>
        /// The previous page's ids in the order they came. Pages of one kind follow each other and share their layout,
        /// so the n-th id is often the previous page's n-th: one comparison instead of a lookup in a table of every id.
        /// </summary>
        readonly List<string> _previous = [];

        public string ShareAt(int position, Dictionary<string, string> shared, ReadOnlySpan<char> value)
        {
            // A value with an entity is stored decoded, so it is not compared raw.
            if (position < _previous.Count && value.SequenceEqual(_previous[position]) && !value.Contains('&')) return _previous[position];
            var known = Shared(shared, value);
            if (position < _previous.Count) _previous[position] = known;
            else _previous.Add(known);
            return known;
        }

        /// <summary>Drops what the previous page had beyond this page's <paramref name="count"/> ids.</summary>
        public void Forget(int count)
        {
            if (count < _previous.Count) _previous.RemoveRange(count, _previous.Count - count);
        }

        public readonly List<string> Ids = [];
        public readonly List<(int Start, int Length, bool IsSource)> Links = [];

        public void Clear()
        {
            Ids.Clear();
            Links.Clear();
        }
    }

    [ThreadStatic] static Scratch? t_scratch;

    /// <summary>The id, decoded, as the thread's one string for it.</summary>
    static string Shared(Dictionary<string, string> shared, ReadOnlySpan<char> value)
    {
        if (value.Contains('&')) return Share(shared, WebUtility.HtmlDecode(value.ToString()));
        if (shared.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var known)) return known;
        return Share(shared, value.ToString());
    }

    static string Share(Dictionary<string, string> shared, string value)
    {
        if (shared.TryGetValue(value, out var known)) return known;
        shared[value] = value;
        return value;
    }

    /// <summary>Whether the text before <c>="</c> ends in whitespace and then <paramref name="name"/>.</summary>
    static bool IsAttribute(ReadOnlySpan<char> before, string name) =>
        before.EndsWith(name) && before.Length > name.Length && char.IsWhiteSpace(before[^(name.Length + 1)]);
}
