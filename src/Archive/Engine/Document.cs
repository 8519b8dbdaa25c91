namespace Archive.Engine;

/// <summary>What flows between modules. Every document type is an immutable record of its own; there is no metadata bag.</summary>
public abstract record Document;
