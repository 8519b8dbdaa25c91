using System.Collections.Concurrent;
using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Linking;
using Archive.Model;
using Archive.Theme.Views;
using Markdig.Extensions.Yaml;

namespace Archive.Rendering;

public sealed partial class ViewBuilder
{
    public ArticleView Article(Article article, RenderWorker worker)
    {
        var markdown = worker.Markdown;
        var anchors = catalog.AnchorsOf(article.Slug);
        var highlights = Highlights.For(article.Text, anchors);
        var sections = ImmutableArray.CreateBuilder<BodySection>();
        var annotated = AnnotatedSection.Of(article, anchors);
        var next = 0;
        for (var i = 0; i < article.Body.Count; i++)
        {
            if (article.Body[i] is YamlFrontMatterBlock) continue;
            if (next < annotated.Length && annotated[next].FirstBlock == i)
            {
                // Blocks a passage runs across stay in one section, so the passage lies in one element's text.
                var section = annotated[next++];
                var html = string.Concat(Enumerable.Range(i, section.LastBlock - i + 1).Select(b => markdown.Render(article.Body[b], highlights)));
                sections.Add(new BodySection(html, [.. section.Notes.Select(a => Shown(a, markdown))], section.ElementId));
                i = section.LastBlock;
                continue;
            }
            sections.Add(new BodySection(markdown.Render(article.Body[i], highlights), []));
        }
        var path = Urls.Article(article.Slug);
        return new ArticleView(
            Meta(article.Title, article.Summary ?? Shorten(article.Text.Joined, 160), path, "article", JsonLd.Article(catalog, article, worker.Json)),
            article.Title,
            Date(article.Date),
            article.Byline,
            article.Source?.Outlet,
            article.Source?.Url,
            article.Lang,
            ChipGroups(article.Tags),
            sections.ToImmutable(),
            anchors.Length,
            Backlinks(new PageRef(PageRef.Articles, article.Slug))) { Revised = Revised(article), Orphans = Orphans(article, markdown), Walks = Walks(article) };
    }

    /// <summary>
    /// Note views an article's page made, until each note's own page takes its view over: the same note rendered
    /// twice, fifty thousand times in a build. Pages come article by article (see <see cref="SitePages.All"/>), so
    /// only the notes of the articles being rendered wait here — and the few whose page another worker rendered
    /// first, which made a view of its own.
    /// </summary>
    readonly ConcurrentDictionary<string, NoteView> _shown = new(StringComparer.Ordinal);

    NoteView Shown(Anchor anchor, MarkdownHtml markdown) => _shown[anchor.Annotation.Id] = Note(anchor, markdown);

    public NoteView Note(Anchor anchor, MarkdownHtml markdown)
    {
        var note = anchor.Annotation;
        return new NoteView(
            note.Id,
            anchor.Number,
            note.Quote.Exact,
            markdown.Render(note.Body),
            Urls.NoteFragment(note.Id),
            _urls.Href(Urls.PassageInArticle(note.ArticleSlug, note.Id)),
            _urls.Href(Urls.Annotation(note.Id)),
            Chips(note.Tags),
            [.. note.Sources.Select(s => new SourceView(s.Title, s.Url))],
            note.Author,
            note.Date is { } d ? Date(d) : null) { Changed = Changed(anchor), Lang = NoteLanguage(note) };
    }

    /// <summary>
    /// The lang attribute a note needs: its own language, or the site's when it sits in an article in another
    /// language (whose element it would otherwise inherit); null when it inherits the right one.
    /// </summary>
    string? NoteLanguage(Annotation note) =>
        note.Language ?? (catalog.ArticlesBySlug.TryGetValue(note.ArticleSlug, out var article) && article.Lang != catalog.Site.Language ? catalog.Site.Language : null);

    public AnnotationPageView AnnotationPage(Anchor anchor, RenderWorker worker)
    {
        var note = anchor.Annotation;
        var article = catalog.ArticlesBySlug[note.ArticleSlug];
        var block = article.Text.Blocks[article.Text.BlockAt(anchor.Start)];
        var context = worker.Markdown.Render(block.Block, Highlights.For(article.Text, [anchor]), withReferences: false);
        var path = Urls.Annotation(note.Id);
        var title = _text.Format("note.title", ("quote", note.Quote.Exact));
        var text = PlainText(note.Body);
        return new AnnotationPageView(
            Meta(title, text, path, "article", JsonLd.Note(catalog, anchor, text, worker.Json)),
            _shown.TryRemove(note.Id, out var shown) ? shown : Note(anchor, worker.Markdown),
            article.Title,
            _urls.Href(Urls.Article(article.Slug)),
            Date(article.Date),
            context,
            Backlinks(new PageRef(PageRef.Annotations, note.Id)));
    }
}
