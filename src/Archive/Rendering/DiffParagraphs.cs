using System.Collections.Immutable;
using Archive.Revisions;
using Archive.Theme.Views;

namespace Archive.Rendering;

/// <summary>
/// A diff between two versions as the revisions page shows it: cut into the later version's paragraphs, each a run of
/// pieces kept, inserted or deleted. A paragraph break the later version added or removed is a piece of its own (the
/// paragraphs follow the later version, so an added break also starts a new paragraph). Unchanged paragraphs are left
/// out, counted, so a reader sees what changed without rereading the article.
/// </summary>
public static class DiffParagraphs
{
    public static (ImmutableArray<DiffParagraphView> Paragraphs, int Inserted, int Deleted) Of(string before, string after, ImmutableArray<TextEdit> edits)
    {
        var paragraphs = ImmutableArray.CreateBuilder<DiffParagraphView>();
        var pieces = ImmutableArray.CreateBuilder<DiffPiece>();
        int unchanged = 0, inserted = 0, deleted = 0, from = 0, to = 0;
        var changed = false;
        void Add(DiffPieceKind kind, string text)
        {
            if (text.Length == 0) return;
            pieces.Add(new DiffPiece(kind, text));
            changed |= kind != DiffPieceKind.Same;
        }
        void EndParagraph()
        {
            if (!changed) unchanged++;
            else
            {
                if (unchanged > 0) paragraphs.Add(new DiffParagraphView([], unchanged));
                paragraphs.Add(new DiffParagraphView(pieces.ToImmutable()));
                unchanged = 0;
            }
            pieces.Clear();
            changed = false;
        }

        foreach (var edit in edits)
        {
            var text = edit.Kind == EditKind.Insert ? after.Substring(to, edit.Length) : before.Substring(from, edit.Length);
            if (edit.Kind != EditKind.Insert) from += edit.Length;
            if (edit.Kind != EditKind.Delete) to += edit.Length;
            if (edit.Kind == EditKind.Insert) inserted += text.Count(c => c != '\n');
            if (edit.Kind == EditKind.Delete) deleted += text.Count(c => c != '\n');
            var kind = edit.Kind switch { EditKind.Equal => DiffPieceKind.Same, EditKind.Insert => DiffPieceKind.Inserted, _ => DiffPieceKind.Deleted };
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                Add(kind, lines[i]);
                if (i == lines.Length - 1) continue;
                switch (edit.Kind)
                {
                    case EditKind.Equal: EndParagraph(); break;
                    case EditKind.Insert: Add(DiffPieceKind.InsertedBreak, "¶"); EndParagraph(); break;
                    default: Add(DiffPieceKind.DeletedBreak, "¶"); break;
                }
            }
        }
        EndParagraph();
        if (unchanged > 0 && paragraphs.Count > 0) paragraphs.Add(new DiffParagraphView([], unchanged));
        return (paragraphs.ToImmutable(), inserted, deleted);
    }
}
