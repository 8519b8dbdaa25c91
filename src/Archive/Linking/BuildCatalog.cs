using System.Collections.Immutable;
using Archive.Engine;
using Archive.Model;
using Archive.Pipelines;

namespace Archive.Linking;

/// <summary>The Catalog pipeline's module: hands the parsed documents to <see cref="CatalogBuilder"/>.</summary>
public sealed class BuildCatalog : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        var articles = context.OutputsOf<Article>(PipelineNames.Articles).ToList();
        return
        [
            CatalogBuilder.Build(
                context.Build.Site,
                context.OutputsOf<Term>(PipelineNames.Terms),
                articles,
                context.OutputsOf<Annotation>(PipelineNames.Annotations),
                context.Diagnostics,
                context.Build.CatalogCache,
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
