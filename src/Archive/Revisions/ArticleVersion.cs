using Archive.Diagnostics;

namespace Archive.Revisions;

/// <summary>
/// One earlier version of an article's text, as <c>revisions:</c> lists it: its date (which names it in a note's
/// <c>revision:</c>), its original file, and the editor's note on what changed after it.
/// </summary>
/// <param name="Source">The file's text as read; diagnostics locate passages in it.</param>
/// <param name="Text">The file's text in the form versions are compared in (see <see cref="VersionText"/>).</param>
/// <param name="Location">Where the entry's <c>date:</c> is written in the article.</param>
public sealed record ArticleVersion(DateOnly Date, string DisplayPath, string? Note, string Source, string Text, SourceLocation Location);
