using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Model;

namespace Archive.Search;

/// <summary>Runs Pagefind over the staging folder once every page is written, before the swap into output/.</summary>
public sealed class IndexSearch : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        if (context.Build.Search is not { } pagefind || context.Build.StagingDirectory is not { } staging) return inputs;
        if (pagefind.Index(staging, Glob(context.Build.Site)) is { } error)
            context.Diagnostics.Add(Problems.SearchFailed(error));
        return inputs;
    }

    /// <summary>
    /// The files Pagefind reads: the articles and each term's first page, the only pages the theme marks with
    /// <c>data-pagefind-body</c>. Pagefind leaves every other page out of the index anyway, but only after reading and
    /// parsing it: at 10,000 articles the 50,000 note pages cost it a quarter of its time and 3 GB of memory.
    /// </summary>
    public static ImmutableArray<string> IndexedFiles(SiteSettings site) =>
    [
        Urls.FileOf(Urls.Article("*")),
        .. site.Taxonomies.Select(t => Urls.FileOf(Urls.Term(new TermKey(t.Key, "*")))),
    ];

    static string Glob(SiteSettings site) => "{" + string.Join(",", IndexedFiles(site)) + "}";
}
