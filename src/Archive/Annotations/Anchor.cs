using Archive.Model;

namespace Archive.Annotations;

/// <summary>
/// Where a note's quote sits in its article's text (the blocks joined by '\n'): <see cref="Start"/>/<see cref="End"/>
/// index the .NET string. The exported selectors are counted on the served page instead (<see cref="ServedPassage"/>).
/// </summary>
public sealed record Anchor(
    Annotation Annotation,
    int Number,
    int Start,
    int End,
    int LastBlock)
{
    /// <summary>For a note written on an earlier version of the text: how its passage reached the current one.</summary>
    public Revisions.AnchorRevision? Revision { get; init; }
}
