// The archive's engine types, as src/Archive names them (Pipelines/EngineTypes.cs).
global using IModule = Archive.Engine.IModule<Archive.Model.BuildContext>;
global using Pipeline = Archive.Engine.Pipeline<Archive.Model.BuildContext>;
global using PipelineContext = Archive.Engine.PipelineContext<Archive.Model.BuildContext>;
