using System.Net;
using Archive.Engine;

namespace Archive.Output;

/// <summary>A link a page makes: an <c>href</c>, or a <c>src</c> (which loads something, so must never leave the site).</summary>
public readonly record struct PageLink(string Target, bool IsSource);

/// <summary>
/// A page once rendered (and, in a build, written): only what the link check needs — the links it makes and the ids
/// it has. The HTML itself is not kept, so memory does not grow with the size of the site.
/// </summary>
/// <remarks>
/// Sixty thousand of these live until the link check, so they are kept small: plain arrays, hrefs and srcs apart
/// (srcs are rare), ids sorted for a binary search instead of a hash set per page.
/// </remarks>
public sealed record WrittenPage(string Path, string Origin, string[] Hrefs, string[] Sources, string[] Ids) : Document
{
    public bool HasId(string id) => Array.BinarySearch(Ids, id, StringComparer.Ordinal) >= 0;

    /// <summary>
    /// Reads links and ids off our own HTML. Every attribute there is double-quoted by Razor or Markdig, and a quote in
    /// text or in JSON is always escaped, so finding <c>="</c> and reading the name before it is exact — and far cheaper
    /// than a parser or a regex over sixty thousand pages. Links repeat across pages (navigation, chips), so their
    /// strings are shared through <paramref name="strings"/>, looked up without allocating a copy first.
    /// </summary>
    public static WrittenPage Of(OutputFile file, LinkStrings strings)
    {
        if (!file.IsHtml) return new WrittenPage(file.Path, file.Origin, [], [], []);
        var scratch = t_scratch ??= new Scratch();
        scratch.Clear();
        var shared = strings.OfThisThread();
        var html = file.Content.Span;
        var at = 0;
        var position = 0;
        while (true)
        {
            var equals = html[at..].IndexOf("=\"");
            if (equals < 0) break;
            var valueStart = at + equals + 2;
            var length = html[valueStart..].IndexOf('"');
            if (length < 0) break;
            var value = html.Slice(valueStart, length);
            var before = html[..(at + equals)];
            at = valueStart + length + 1;

            if (IsAttribute(before, "id")) scratch.Ids.Add(scratch.ShareAt(position++, shared, value));
            else if (IsAttribute(before, "href")) scratch.Hrefs.Add(scratch.ShareAt(position++, shared, value));
            else if (IsAttribute(before, "src")) scratch.Sources.Add(scratch.ShareAt(position++, shared, value));
        }
        scratch.Forget(position);
        var ids = scratch.Ids.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        return new WrittenPage(file.Path, file.Origin, [.. scratch.Hrefs], [.. scratch.Sources], ids);
    }

    /// <summary>A page's links and ids while it is read; one set per rendering thread, cleared for each page.</summary>
    sealed class Scratch
    {
        /// <summary>
        /// The previous page's values in the order they came. Pages of one kind follow each other and share their
        /// layout, so the n-th value is often the previous page's n-th (navigation, stylesheet, feed): one comparison
        /// instead of a lookup in a table of every link.
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

        /// <summary>Drops what the previous page had beyond this page's <paramref name="count"/> values.</summary>
        public void Forget(int count)
        {
            if (count < _previous.Count) _previous.RemoveRange(count, _previous.Count - count);
        }

        // Targets are shared strings, so two equal links hold the same instance: compared by reference.
        public readonly HashSet<string> Hrefs = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<string> Sources = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<string> Ids = new(StringComparer.Ordinal);

        public void Clear()
        {
            Hrefs.Clear();
            Sources.Clear();
            Ids.Clear();
        }
    }

    [ThreadStatic] static Scratch? t_scratch;

    /// <summary>The attribute's value, decoded, as the thread's one string for it: ids ("main", "backlinks") repeat too.</summary>
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
