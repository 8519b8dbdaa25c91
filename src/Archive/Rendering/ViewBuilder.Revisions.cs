using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Model;
using Archive.Revisions;
using Archive.Theme.Views;

namespace Archive.Rendering;

public sealed partial class ViewBuilder
{
    /// <summary>The article's "revised N times" line, or null for an article never revised.</summary>
    RevisedView? Revised(Article article) =>
        article.Revisions.IsEmpty ? null : new RevisedView(article.Revisions.Length, _urls.Href(Urls.Revisions(article.Slug)));

    /// <summary>The marker of a note whose passage was edited since the note: it links to the diff that follows the note's version.</summary>
    NoteChangeView? Changed(Anchor anchor) => anchor.Revision is { Status: AnchorStatus.Changed } revision
        ? new NoteChangeView(Date(revision.Version), _urls.Href(Urls.Revisions(anchor.Annotation.ArticleSlug)) + "#" + Urls.DiffFragment(revision.Version))
        : null;

    ImmutableArray<OrphanNoteView> Orphans(Article article, MarkdownHtml markdown) =>
    [
        .. catalog.OrphansOf(article.Slug).Select(orphan => new OrphanNoteView(
            orphan.Note.Id,
            orphan.Note.Quote.Exact,
            Date(orphan.Version),
            _urls.Href(Urls.Revisions(article.Slug)) + "#" + Urls.DiffFragment(orphan.Version),
            markdown.Render(orphan.Note.Body),
            Urls.NoteFragment(orphan.Note.Id),
            Chips(orphan.Note.Tags),
            [.. orphan.Note.Sources.Select(s => new SourceView(s.Title, s.Url))])),
    ];

    public RevisionsPageView RevisionsPage(Article article)
    {
        var history = catalog.HistoryOf(article.Slug)!;
        var path = Urls.Revisions(article.Slug);
        string Label(int i) => i == history.Earlier.Length ? _text["revisions.current"] : _text.Format("revisions.version", ("number", i + 1));
        string Dated(string label, DateView date) => _text.Format("revisions.dated", ("label", label), ("date", date.Text));
        DateView? DateOf(int i) => i < history.Earlier.Length ? Date(history.Earlier[i].Date) : article.Updated is { } u ? Date(u) : null;

        var versions = Enumerable.Range(0, history.Count).Select(i => new VersionView(
            i + 1,
            DateOf(i),
            i < history.Earlier.Length ? history.Earlier[i].Note : null,
            i == history.Earlier.Length,
            i < history.Earlier.Length ? "#" + Urls.DiffFragment(history.Earlier[i].Date) : null));
        var diffs = Enumerable.Range(0, history.Earlier.Length).Select(i =>
        {
            var (paragraphs, inserted, deleted) = DiffParagraphs.Of(history.TextOf(i), history.TextOf(i + 1), history.ReadableDiff(i));
            var to = DateOf(i + 1) is { } d ? Dated(Label(i + 1), d) : Label(i + 1);
            return new VersionDiffView(Urls.DiffFragment(history.Earlier[i].Date), $"{Dated(Label(i), Date(history.Earlier[i].Date))} → {to}",
                history.Earlier[i].Note, inserted, deleted, paragraphs);
        });
        var title = _text.Format("revisions.title", ("title", article.Title));
        return new RevisionsPageView(
            Meta(title, _text.Count("revisions.description", history.Earlier.Length, ("title", article.Title)), path, "website"),
            article.Title,
            _urls.Href(Urls.Article(article.Slug)),
            article.Lang,
            [.. versions],
            [.. diffs]);
    }
}
