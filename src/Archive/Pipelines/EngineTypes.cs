// The archive's engine types: the generic engine run with the archive's BuildContext. Every module names these.
global using IModule = Archive.Engine.IModule<Archive.Model.BuildContext>;
global using Pipeline = Archive.Engine.Pipeline<Archive.Model.BuildContext>;
global using PipelineContext = Archive.Engine.PipelineContext<Archive.Model.BuildContext>;

namespace Archive.Pipelines;

/// <summary>The engine that runs the archive's pipelines: it stops after analysis when a module reported an error.</summary>
public static class ArchiveEngine
{
    public static Engine.Engine<Model.BuildContext> Of(IEnumerable<Pipeline> pipelines) => new(pipelines, build => build.Diagnostics.HasErrors);
}
