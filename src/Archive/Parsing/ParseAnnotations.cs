using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Input;
using Archive.Model;

namespace Archive.Parsing;

/// <summary>Source files under input/annotations/&lt;article&gt;/ become <see cref="Annotation"/>s (not yet anchored).</summary>
public sealed class ParseAnnotations : IModule, IPerDocument
{
    static readonly string[] Fields = ["quote", "prefix", "suffix", "sources", "author", "date", "revision", "orphaned", "language"];

    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context) =>
        inputs.Map<SourceFile>(file => Parse(file, context.Build));

    public static Annotation? Parse(SourceFile file, BuildContext build) => build.Diagnostics.Apart(own => Parse(file, build, own));

    static Annotation? Parse(SourceFile file, BuildContext build, DiagnosticBag diagnostics)
    {
        var front = FrontMatter.Read(file, diagnostics);
        if (front is null) return null;

        var id = Slug.FromFile(file.FullPath);
        if (!Slug.IsValid(id)) diagnostics.Add(Problems.SlugInvalid(front.Start, id, Slug.Forbidden(id)));
        front.RejectUnknownKeys(TagReader.AllowedKeys(build.Site, Fields));

        // Quotes are matched exactly, so whitespace in them is kept as written.
        var exact = front.Node("quote") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } q } ? q : null;
        if (exact is null) diagnostics.Add(Problems.FieldMissing(front.Start, "quote"));
        else if (exact.Trim().Length == 0) diagnostics.Add(Problems.QuoteEmpty(front.LocationOfValue("quote")));
        var prefix = front.Node("prefix") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } p } ? p : "";
        var suffix = front.Node("suffix") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } s } ? s : "";

        var sources = SourceReader.Read(front, diagnostics);
        var tags = TagReader.Read(front, build.Site);
        var author = front.String("author");
        var date = front.Date("date");
        var revision = front.Date("revision");
        var orphaned = front.String("orphaned");
        var language = LanguageTag.Read(front, "language", diagnostics);
        if (orphaned is not null and not "accepted") diagnostics.Add(Problems.FieldType(front.LocationOfValue("orphaned"), "orphaned", "`accepted`"));

        if (exact is null || diagnostics.HasErrors) return null;
        var articleSlug = Slug.Normalize(Path.GetFileName(Path.GetDirectoryName(file.FullPath)!));
        var body = MarkdownSyntax.Parse(file, diagnostics);
        if (body is null) return null;
        AuthorMarkup.Check(body, file, htmlAllowed: true, diagnostics);
        if (diagnostics.HasErrors) return null;
        return new Annotation(id, articleSlug, new TextQuoteSelector(exact, prefix, suffix), front.LocationOfValue("quote"),
            tags, sources, author, date, LatinParagraphs.Mark(body), front.Start)
        {
            Revision = revision is { } r ? (r, front.LocationOfValue("revision")) : null,
            OrphanAccepted = orphaned == "accepted",
            Language = language,
        };
    }
}
