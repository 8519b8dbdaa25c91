using System.Collections.Immutable;
using Archive.Engine;
using Archive.Model;

namespace Archive.Linking;

/// <summary>The Catalog pipeline's module: hands the parsed documents to <see cref="CatalogBuilder"/>.</summary>
/// <param name="cache">Preview's cache of anchors and cross-links, filled for the rebuilds after this one; null in a build.</param>
public sealed class BuildCatalog(CatalogCache? cache = null) : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        var articles = context.FromDependencies<Article>().ToList();
        return
        [
            CatalogBuilder.Build(
                context.Build.Site,
                context.FromDependencies<Term>(),
                articles,
                context.FromDependencies<Annotation>(),
                context.Build.Diagnostics,
                cache,
                unparsed: Unparsed(context.Build, articles)),
        ];
    }

    /// <summary>Articles whose file is there but did not parse (too large, bad front matter): already reported.</summary>
    static HashSet<string> Unparsed(BuildContext build, List<Article> parsed)
    {
        if (!build.Diagnostics.HasErrors) return [];
        var folder = Path.Combine(build.InputDirectory, "articles");
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.md").Select(Parsing.Slug.FromFile) : [];
        return files.Except(parsed.Select(a => a.Slug)).ToHashSet(StringComparer.Ordinal);
    }
}
