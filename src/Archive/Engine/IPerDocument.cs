namespace Archive.Engine;

/// <summary>
/// Marks a module that handles each document on its own, reading nothing but the document and the run's settings: it
/// can run on any subset of the documents and give, for each, what it gives in a run over all of them. Preview runs
/// the pipelines with only these modules, on the files an edit changed (<see cref="Engine{TRun}.Run"/>'s filter).
/// </summary>
public interface IPerDocument;
