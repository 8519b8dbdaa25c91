namespace Archive.Engine;

/// <summary>
/// The phases of a build, named after their work. Every pipeline finishes a phase before any starts the next, except
/// that within a phase a pipeline waits only for the pipelines it depends on.
/// </summary>
public enum Phase
{
    /// <summary>Every input file is read once.</summary>
    Read,

    /// <summary>Files become the model: parsed, checked against their originals, anchored, tagged, linked, indexed.</summary>
    Analyse,

    /// <summary>
    /// Every page is rendered, its links checked, and written into the staging folder as soon as it is rendered:
    /// holding every page for a later phase would make memory grow with the archive.
    /// </summary>
    Render,

    /// <summary>What needs the written site: the theme's assets, clearing a reused folder, the search index. The swap into output/ follows.</summary>
    Publish,
}
