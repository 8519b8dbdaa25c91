using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Input;
using Archive.Model;

namespace Archive.Parsing;

/// <summary>Source files under input/articles/ become <see cref="Article"/>s.</summary>
public sealed class ParseArticles : IModule, IPerDocument
{
    static readonly string[] Fields = ["title", "date", "byline", "source", "source_url", "language", "lang", "summary", "original", "moved", "revisions", "updated"];

    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context) =>
        inputs.Map<SourceFile>(file => Parse(file, context.Build));

    public static Article? Parse(SourceFile file, BuildContext build) => build.Diagnostics.Apart(own => Parse(file, build, own));

    static Article? Parse(SourceFile file, BuildContext build, DiagnosticBag diagnostics)
    {
        var front = FrontMatter.Read(file, diagnostics);
        if (front is null) return null;

        var slug = Slug.FromFile(file.FullPath);
        if (!Slug.IsValid(slug)) diagnostics.Add(Problems.SlugInvalid(front.Start, slug, Slug.Forbidden(slug)));
        front.RejectUnknownKeys(TagReader.AllowedKeys(build.Site, Fields));

        var title = front.String("title", required: true);
        var date = front.Date("date", required: true);
        var byline = front.String("byline") ?? "";
        var outlet = front.String("source");
        var sourceUrl = front.String("source_url");
        if (sourceUrl is not null && !Uri.TryCreate(sourceUrl, UriKind.Absolute, out _))
            diagnostics.Add(Problems.UrlInvalid(front.LocationOfValue("source_url"), sourceUrl));
        var original = front.String("original") is { } path
            ? new ArticleOriginal(path, [.. front.Strings("moved").Select(m => m.Value)])
            : null;
        var tags = TagReader.Read(front, build.Site);
        var updated = front.Date("updated");
        var revisions = Revisions.RevisionReader.Read(front, original?.Moved ?? [], updated, build, diagnostics);

        if (title is null || date is null || diagnostics.HasErrors) return null;

        var body = MarkdownSyntax.Parse(file, diagnostics);
        if (body is null) return null;
        AuthorMarkup.Check(body, file, htmlAllowed: false, diagnostics);
        return new Article(
            slug, title, date.Value, byline,
            outlet is null && sourceUrl is null ? null : new ArticleSource(outlet ?? sourceUrl!, sourceUrl),
            // `lang:` is the field's earlier name.
            LanguageTag.Read(front, "language", diagnostics) ?? LanguageTag.Read(front, "lang", diagnostics) ?? build.Site.Language,
            front.String("summary"),
            tags, original, file.Text, body, ArticleText.Of(body), front.Start) { Revisions = revisions, Updated = updated };
    }
}
