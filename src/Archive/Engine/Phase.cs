namespace Archive.Engine;

/// <summary>Statiq's four phases. All pipelines finish a phase before any starts the next, except Process, which follows dependencies.</summary>
public enum Phase { Input, Process, PostProcess, Output }
