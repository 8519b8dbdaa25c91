using System.Collections.Immutable;

namespace Archive.Engine;

/// <summary>One step of a pipeline, named as a verb (ReadFiles, RenderPages). Takes the documents so far, returns the next ones.</summary>
public interface IModule
{
    ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context);
}
