using System.Collections.Immutable;

namespace Archive.Theme.Views;

/// <summary>An article's line saying it was revised, linking to its versions.</summary>
public sealed record RevisedView(int Times, string Href);

/// <summary>The marker on a note whose passage was edited after the note was written: the version it was written on, and the diff.</summary>
public sealed record NoteChangeView(DateView Version, string DiffHref);

/// <summary>A note whose passage is gone from the current text (accepted by the editor), listed at the end of its article.</summary>
public sealed record OrphanNoteView(
    string Id,
    string Quote,
    DateView Version,
    string VersionsHref,
    string BodyHtml,
    string NoteFragment,
    ImmutableArray<TagChip> Tags,
    ImmutableArray<SourceView> Sources);

/// <summary>/articles/&lt;slug&gt;/revisions/: the versions, oldest first, and the diff from each to the next.</summary>
public sealed record RevisionsPageView(
    PageMeta Meta,
    string ArticleTitle,
    string ArticleHref,
    string Lang,
    ImmutableArray<VersionView> Versions,
    ImmutableArray<VersionDiffView> Diffs);

/// <param name="Date">Null for a current text whose date the article does not give.</param>
/// <param name="Note">The editor's note on what changed after this version.</param>
/// <param name="DiffHref">The diff from this version to the next; null for the current one.</param>
public sealed record VersionView(int Number, DateView? Date, string? Note, bool Current, string? DiffHref);

/// <summary>The changes from one version to the next: only the paragraphs that changed, with the count of those between that did not.</summary>
public sealed record VersionDiffView(string Id, string Heading, string? Note, int Inserted, int Deleted, ImmutableArray<DiffParagraphView> Paragraphs);

/// <summary>A changed paragraph, in the later version's paragraphs; or, with <see cref="Unchanged"/> above zero, a run of paragraphs left out as unchanged.</summary>
public sealed record DiffParagraphView(ImmutableArray<DiffPiece> Pieces, int Unchanged = 0);

public enum DiffPieceKind { Same, Inserted, Deleted, InsertedBreak, DeletedBreak }

public readonly record struct DiffPiece(DiffPieceKind Kind, string Text);
