using System.Collections.Concurrent;
using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Pipelines;

namespace Archive.Output;

/// <summary>
/// After rendering: every internal href/src must name a file the build writes, and every #fragment an id on that
/// page. Nothing may be loaded from another host. A miss names the page and the input file that produced it.
/// </summary>
public sealed class CheckLinks : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var site = context.Build.Site;
        var pages = inputs.OfType<WrittenPage>().ToList();
        var written = WrittenFiles(pages, context.OutputsOf<CopiedFile>(PipelineNames.Assets), context.Build.ExtraOutputPaths);
        var byPath = pages.ToDictionary(p => p.Path);
        Check(pages, written, path => byPath.GetValueOrDefault(path), site, context.Diagnostics);
        return inputs;
    }

    /// <summary>Every file a build writes, as links name them: its pages and machine files, the theme's assets, and files other tools add.</summary>
    public static HashSet<string> WrittenFiles(IEnumerable<WrittenPage> pages, IEnumerable<CopiedFile> assets, IEnumerable<string> extra) =>
        pages.Select(p => p.Path).Concat(assets.Select(c => c.Path)).Concat(extra).ToHashSet(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="pages"/> against every written file and every page's ids (preview checks only the pages it re-rendered).</summary>
    public static void Check(IEnumerable<WrittenPage> pages, IReadOnlySet<string> written, Func<string, WrittenPage?> pageOf,
        Model.SiteSettings site, DiagnosticBag diagnostics)
    {
        var bases = new Bases(site.BaseUrl.ToString(), site.BasePath);
        // Most links repeat from page to page (navigation, chips) as one shared string each: a link that resolved once
        // resolves again, wherever it appears, unless it is a fragment of the page it is on.
        Parallel.ForEach(pages, () => new HashSet<string>(ReferenceEqualityComparer.Instance), (page, _, resolved) =>
        {
            foreach (var href in page.Hrefs) Check(new PageLink(href, false), page, resolved);
            foreach (var src in page.Sources) Check(new PageLink(src, true), page, resolved);
            return resolved;
        }, _ => { });

        void Check(PageLink link, WrittenPage page, HashSet<string> resolved)
        {
            if (!link.IsSource && resolved.Contains(link.Target)) return;
            if (CheckLinks.Check(link, page, bases, written, pageOf) is { } problem)
                diagnostics.Add(Problems.LinkBroken(SourceLocation.StartOf(page.Origin), page.Path, link.Target, problem));
            else if (!link.IsSource && !link.Target.StartsWith('#')) resolved.Add(link.Target);
        }
    }

    static bool IsRootRelative(string href) => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.Contains('\\');

    /// <summary>The site's base URL and path, read off the settings once rather than for each of a million links.</summary>
    sealed record Bases(string Url, string Path);

    static string? Check(PageLink link, WrittenPage page, Bases bases, IReadOnlySet<string> written, Func<string, WrittenPage?> pageOf)
    {
        var href = link.Target;
        if (href.Length == 0) return "is empty";
        if (href.StartsWith('#'))
            return page.HasId(Uri.UnescapeDataString(href[1..])) ? null : "is not an id on the page";
        if (href.StartsWith(bases.Url, StringComparison.Ordinal)) href = bases.Path + href[bases.Url.Length..];
        // A root-relative path ("/articles/x/") is the common case, and parsing one as a URI only yields a file: URI.
        else if (!IsRootRelative(href) && Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme != "file")
            return link.IsSource ? "loads from another host (no request may leave the site)" : null;
        if (!href.StartsWith(bases.Path, StringComparison.Ordinal))
            return $"is outside the site's base path {bases.Path}";

        var rest = href[bases.Path.Length..];
        var hash = rest.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(rest[(hash + 1)..]) : null;
        var path = Uri.UnescapeDataString(hash >= 0 ? rest[..hash] : rest);
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!written.Contains(file)) return "is not a file the build writes";
        if (fragment is not null && fragment.Length > 0 && pageOf(file)?.HasId(fragment) != true)
            return $"has no id `{fragment}` on /{file}";
        return null;
    }
}
