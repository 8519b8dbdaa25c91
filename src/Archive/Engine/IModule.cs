using System.Collections.Immutable;

namespace Archive.Engine;

/// <summary>
/// One step of a pipeline, named as a verb (ReadFiles, RenderPages). Takes the documents so far, returns the next ones.
/// A document is any immutable record of the model (an Article, a Term, a written page): the engine only passes them
/// on and hands them out by type, so the model needs nothing from the engine.
/// </summary>
/// <typeparam name="TRun">What every module of a run sees: its settings and where problems go (the engine never looks inside).</typeparam>
public interface IModule<TRun>
{
    ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext<TRun> context);
}
