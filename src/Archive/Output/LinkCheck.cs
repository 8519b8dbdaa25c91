using Archive.Diagnostics;
using Archive.Model;

namespace Archive.Output;

/// <summary>
/// Checks a page's links while the page is read, against every file the build writes — known before the first page
/// is rendered — so nothing of a link that resolves is kept. Every internal href/src must name a written file and
/// every #fragment an id on its page; nothing may be loaded from another host. A fragment on another page can only
/// be checked once that page is read: such a link is handed back as pending, and <see cref="CheckPending"/> checks
/// it after the last page. A miss names the page and the input file that produced it.
/// </summary>
public sealed class LinkCheck(HashSet<string> written, SiteSettings site, DiagnosticBag diagnostics, Func<AuthorLinks>? authorLinks = null)
{
    readonly System.Collections.Concurrent.ConcurrentDictionary<(SourceLocation, string), bool> _reported = new();
    readonly Lazy<AuthorLinks?> _authorLinks = new(() => authorLinks?.Invoke(), LazyThreadSafetyMode.ExecutionAndPublication);

    readonly string _baseUrl = site.BaseUrl.ToString();
    readonly string _basePath = site.BasePath;

    /// <summary>Every file a build writes, as links name them: its pages and machine files, the theme's assets, and files other tools add.</summary>
    public static HashSet<string> WrittenFiles(IEnumerable<string> pages, IEnumerable<CopiedFile> assets, IEnumerable<string> extra) =>
        pages.Concat(assets.Select(c => c.Path)).Concat(extra).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Checks one link of the page at <paramref name="path"/>, whose ids are <paramref name="ids"/> (sorted); returns
    /// the link when it names a fragment on another page, to be checked once every page is read.
    /// </summary>
    /// <param name="resolved">
    /// Links without a fragment that resolved on the caller's earlier pages, which are not resolved again; a link
    /// that resolves is added. Never shared between threads.
    /// </param>
    public PageLink? Check(ReadOnlySpan<char> target, bool isSource, string path, string origin, string[] ids, HashSet<string> resolved)
    {
        if (!isSource && resolved.GetAlternateLookup<ReadOnlySpan<char>>().Contains(target)) return null;
        Span<char> buffer = stackalloc char[256];
        var problem = Resolve(target, isSource, buffer, out var file, out var fragment);
        if (problem is null && fragment.Length > 0)
        {
            if (!file.IsEmpty && !file.SequenceEqual(path)) return new PageLink(target.ToString(), isSource);
            if (!WrittenPage.HasId(ids, fragment)) problem = file.IsEmpty ? "is not an id on the page" : $"has no id `{fragment}` on /{file}";
        }
        if (problem is not null) Report(target, path, origin, problem);
        else if (!isSource && fragment.IsEmpty) resolved.Add(target.ToString());
        return null;
    }

    /// <summary>Checks the pages' links to fragments on other pages, now that every page's ids are known.</summary>
    public void CheckPending(IEnumerable<WrittenPage> pages, Func<string, WrittenPage?> pageOf)
    {
        Span<char> buffer = stackalloc char[256];
        foreach (var page in pages)
            foreach (var link in page.Pending)
            {
                Resolve(link.Target, link.IsSource, buffer, out var file, out var fragment);
                if (pageOf(file.ToString()) is not { } target || !WrittenPage.HasId(target.Ids, fragment))
                    Report(link.Target, page.Path, page.Origin, $"has no id `{fragment}` on /{file}");
            }
    }

    void Report(ReadOnlySpan<char> target, string path, string origin, string problem)
    {
        var href = target.ToString();
        var at = _authorLinks.Value?.Find(href, origin) ?? SourceLocation.StartOf(origin);
        // A note's link shows on its own page and its article's: one mistake, one message.
        if (!_reported.TryAdd((at, href), true)) return;
        diagnostics.Add(Problems.LinkBroken(at, path, href, problem));
    }

    /// <summary>
    /// What the link names, read as spans: a million links at 10,000 articles, and cutting each into strings for its
    /// path, fragment and file name allocated 121 MB. Only a percent-escaped part is decoded into a string of its own.
    /// </summary>
    /// <param name="file">The written file the link names; empty for a fragment of the page itself or a link off the site.</param>
    /// <returns>The problem, or null.</returns>
    string? Resolve(ReadOnlySpan<char> href, bool isSource, Span<char> buffer, out ReadOnlySpan<char> file, out ReadOnlySpan<char> fragment)
    {
        file = fragment = [];
        if (href.Length == 0) return "is empty";
        if (href[0] == '#')
        {
            fragment = Unescaped(href[1..]);
            return fragment.IsEmpty ? "is not an id on the page" : null;
        }
        ReadOnlySpan<char> rest;
        if (href.StartsWith(_baseUrl, StringComparison.Ordinal)) rest = href[_baseUrl.Length..];
        // A root-relative path ("/articles/x/") is the common case, and parsing one as a URI only yields a file: URI.
        else if (!IsRootRelative(href) && Uri.TryCreate(href.ToString(), UriKind.Absolute, out var absolute) && absolute.Scheme != "file")
            return isSource ? "loads from another host (no request may leave the site)" : null;
        else if (href.StartsWith(_basePath, StringComparison.Ordinal)) rest = href[_basePath.Length..];
        else return $"is outside the site's base path {_basePath}";

        var hash = rest.IndexOf('#');
        if (hash >= 0) fragment = Unescaped(rest[(hash + 1)..]);
        var path = Unescaped(hash >= 0 ? rest[..hash] : rest);
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        file = path.Length == 0 || path.EndsWith('/') ? Joined(path, "index.html", buffer) : path;
        return written.GetAlternateLookup<ReadOnlySpan<char>>().Contains(file) ? null : "is not a file the build writes";
    }

    static bool IsRootRelative(ReadOnlySpan<char> href) => href.StartsWith('/') && !href.StartsWith("//") && !href.Contains('\\');

    /// <summary>The part decoded when it has a percent escape, as it is otherwise.</summary>
    static ReadOnlySpan<char> Unescaped(ReadOnlySpan<char> part) => part.Contains('%') ? Uri.UnescapeDataString(part) : part;

    static ReadOnlySpan<char> Joined(ReadOnlySpan<char> first, string second, Span<char> buffer)
    {
        if (first.Length + second.Length > buffer.Length) return string.Concat(first, second);
        first.CopyTo(buffer);
        second.CopyTo(buffer[first.Length..]);
        return buffer[..(first.Length + second.Length)];
    }
}
