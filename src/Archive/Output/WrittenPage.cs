using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Archive.Engine;

namespace Archive.Output;

/// <summary>A link a page makes: an <c>href</c>, or a <c>src</c> (which loads something, so must never leave the site).</summary>
public readonly record struct PageLink(string Target, bool IsSource);

/// <summary>
/// A page once rendered (and, in a build, written): only what the link check needs — the links it makes and the ids
/// it has. The HTML itself is not kept, so memory does not grow with the size of the site.
/// </summary>
public sealed partial record WrittenPage(string Path, string Origin, ImmutableArray<PageLink> Links, FrozenSet<string> Ids) : Document
{
    [GeneratedRegex("\\s(href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();

    /// <summary>
    /// Reads links and ids off our own HTML. Every attribute there is double-quoted by Razor or Markdig, so a scan of
    /// attributes is exact and much cheaper than parsing the page. Links repeat across pages (navigation, chips), so
    /// their strings are shared through <paramref name="strings"/>.
    /// </summary>
    public static WrittenPage Of(OutputFile file, ConcurrentDictionary<string, string> strings)
    {
        if (!file.IsHtml) return new WrittenPage(file.Path, file.Origin, [], FrozenSet<string>.Empty);
        var links = LinkAttribute().Matches(file.Content)
            .Select(m => new PageLink(strings.GetOrAdd(WebUtility.HtmlDecode(m.Groups[2].Value), s => s), m.Groups[1].Value == "src"))
            .Distinct()
            .ToImmutableArray();
        var ids = IdAttribute().Matches(file.Content).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToFrozenSet(StringComparer.Ordinal);
        return new WrittenPage(file.Path, file.Origin, links, ids);
    }
}
