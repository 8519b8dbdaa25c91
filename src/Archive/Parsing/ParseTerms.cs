using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Input;
using Archive.Model;

namespace Archive.Parsing;

/// <summary>Source files under input/tags/&lt;taxonomy&gt;/ become <see cref="Term"/>s.</summary>
public sealed class ParseTerms : IModule, IPerDocument
{
    static readonly string[] Fields = ["name", "name_en", "aliases", "date", "end", "sources"];

    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context) =>
        inputs.Map<SourceFile>(file => Parse(file, context.Build));

    public static Term? Parse(SourceFile file, BuildContext build) => build.Diagnostics.Apart(own => Parse(file, build, own));

    static Term? Parse(SourceFile file, BuildContext build, DiagnosticBag diagnostics)
    {
        var taxonomyKey = Path.GetFileName(Path.GetDirectoryName(file.FullPath)!);
        var taxonomy = build.Site.FindTaxonomy(taxonomyKey);
        if (taxonomy is null)
        {
            diagnostics.Add(Problems.TaxonomyUnknown(SourceLocation.StartOf(file.DisplayPath), taxonomyKey,
                Closest.Hint(taxonomyKey, [.. build.Site.Taxonomies.Select(t => t.Key)], "taxonomies") + " (or declare it under `taxonomies:` in site.yml)"));
            return null;
        }
        var front = FrontMatter.Read(file, diagnostics);
        if (front is null) return null;

        var slug = Slug.FromFile(file.FullPath);
        if (!Slug.IsValid(slug)) diagnostics.Add(Problems.SlugInvalid(front.Start, slug, Slug.Forbidden(slug)));
        front.RejectUnknownKeys(TagReader.AllowedKeys(build.Site, Fields));

        var name = front.String("name", required: true);
        var nameEn = front.String("name_en") ?? "";
        var date = front.Date("date", required: taxonomy.Dated);
        var end = front.Date("end");
        if (date is { } d && end is { } e && e < d) diagnostics.Add(Problems.DateRangeInvalid(front.LocationOfValue("end"), d, e));
        var aliases = front.Strings("aliases").Select(a => a.Value).ToImmutableArray();
        var related = TagReader.Read(front, build.Site);
        var sources = SourceReader.Read(front, diagnostics);

        if (name is null || diagnostics.HasErrors) return null;
        var markdown = MarkdownSyntax.Parse(file, diagnostics);
        if (markdown is null) return null;
        AuthorMarkup.Check(markdown, file, htmlAllowed: true, diagnostics);
        if (diagnostics.HasErrors) return null;
        var body = LatinParagraphs.Mark(markdown);
        return new Term(new TermKey(taxonomy.Key, slug), name, nameEn, aliases, date, end, related, sources, body, front.Start);
    }
}
