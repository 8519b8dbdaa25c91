using Archive.Model;

namespace Archive.Revisions;

/// <summary>What became of a note's passage in the current text.</summary>
public enum AnchorStatus
{
    /// <summary>Unchanged, where the diff puts it (every note on the current text is exact).</summary>
    Exact,
    /// <summary>Unchanged, somewhere else in the text.</summary>
    Moved,
    /// <summary>Edited, but still close to what the note quoted (<see cref="Similarity.Threshold"/>).</summary>
    Changed,
    /// <summary>Gone: nothing close to it is left where it was.</summary>
    Orphaned,
    /// <summary>Not anchored even in the version the note names (an editor's error, reported as such).</summary>
    Unanchored,
}

/// <summary>How a note written against an earlier version reached the current text.</summary>
/// <param name="Passage">The current text the note is shown on (the quote itself unless <see cref="Status"/> is Changed).</param>
public sealed record AnchorRevision(DateOnly Version, AnchorStatus Status, double Similarity, string Passage);

/// <summary>One note's line in <c>check --anchors</c>: its status, how close its passage still is, the version it names.</summary>
/// <param name="Revision">The note's <c>revision:</c>, or null for a note on the current text.</param>
public sealed record AnchorHealth(Annotation Note, AnchorStatus Status, double Similarity, DateOnly? Revision, bool Accepted = false);

/// <summary>
/// A note whose passage is gone from the current text and which says <c>orphaned: accepted</c>: listed at the end of
/// its article under the quote it was written on.
/// </summary>
public sealed record OrphanNote(Annotation Note, DateOnly Version);
