using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Pipelines;

namespace Archive.Output;

/// <summary>
/// After rendering: every internal href/src must name a file the build writes, and every #fragment an id on that
/// page. Nothing may be loaded from another host. A miss names the page and the input file that produced it.
/// </summary>
/// <remarks>
/// The pages are our own output, every attribute double-quoted by Razor or Markdig, so a scan of the attributes is
/// exact here; it keeps the check linear and fast where a full HTML parse of every page would dominate the build.
/// </remarks>
public sealed partial class CheckLinks : IModule
{
    [GeneratedRegex("\\s(href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var site = context.Build.Site;
        var pages = inputs.OfType<OutputFile>().ToList();
        var written = pages.Select(p => p.Path)
            .Concat(context.OutputsOf<CopiedFile>(PipelineNames.Assets).Select(c => c.Path))
            .Concat(context.Build.ExtraOutputPaths)
            .ToHashSet(StringComparer.Ordinal);
        var ids = new ConcurrentDictionary<string, HashSet<string>>();
        Parallel.ForEach(pages.Where(p => p.IsHtml), page =>
            ids[page.Path] = IdAttribute().Matches(page.Content).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));

        Parallel.ForEach(pages.Where(p => p.IsHtml), page =>
        {
            foreach (Match m in LinkAttribute().Matches(page.Content))
            {
                var href = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
                var problem = Check(href, m.Groups[1].Value == "src", page, site, written, ids);
                if (problem is not null)
                    context.Diagnostics.Add(Problems.LinkBroken(SourceLocation.StartOf(page.Origin), page.Path, href, problem));
            }
        });
        return inputs;
    }

    static string? Check(string href, bool isSource, OutputFile page, Model.SiteSettings site, HashSet<string> written, ConcurrentDictionary<string, HashSet<string>> ids)
    {
        if (href.Length == 0) return "is empty";
        if (href.StartsWith('#'))
            return ids[page.Path].Contains(Uri.UnescapeDataString(href[1..])) ? null : "is not an id on the page";
        var baseUrl = site.BaseUrl.ToString();
        if (href.StartsWith(baseUrl, StringComparison.Ordinal)) href = site.BasePath + href[baseUrl.Length..];
        else if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme != "file")
            return isSource ? "loads from another host (no request may leave the site)" : null;
        if (!href.StartsWith(site.BasePath, StringComparison.Ordinal))
            return $"is outside the site's base path {site.BasePath}";

        var rest = href[site.BasePath.Length..];
        var hash = rest.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(rest[(hash + 1)..]) : null;
        var path = Uri.UnescapeDataString(hash >= 0 ? rest[..hash] : rest);
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!written.Contains(file)) return "is not a file the build writes";
        if (fragment is not null && fragment.Length > 0 && (!ids.TryGetValue(file, out var targetIds) || !targetIds.Contains(fragment)))
            return $"has no id `{fragment}` on /{file}";
        return null;
    }
}
