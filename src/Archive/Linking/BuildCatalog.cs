using System.Collections.Immutable;
using Archive.Engine;
using Archive.Model;
using Archive.Pipelines;

namespace Archive.Linking;

/// <summary>The Catalog pipeline's module: hands the parsed documents to <see cref="CatalogBuilder"/>.</summary>
public sealed class BuildCatalog : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
    [
        CatalogBuilder.Build(
            context.Build.Site,
            context.OutputsOf<Term>(PipelineNames.Terms),
            context.OutputsOf<Article>(PipelineNames.Articles),
            context.OutputsOf<Annotation>(PipelineNames.Annotations),
            context.Diagnostics,
            context.Build.CatalogCache),
    ];
}
