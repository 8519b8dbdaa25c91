using System.Collections.Concurrent;
using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Model;
using Archive.Pipelines;
using Archive.Taxonomies;

namespace Archive.Linking;

/// <summary>
/// Joins the parsed articles, notes and terms into one <see cref="Catalog"/>: anchors every note in its article, checks
/// identities, tags and cross-links, and indexes what each term tags. The only place that sees everything at once.
/// </summary>
public sealed class BuildCatalog : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var diagnostics = context.Diagnostics;
        var site = context.Build.Site;
        var terms = context.OutputsOf<Term>(PipelineNames.Terms).ToImmutableDictionary(t => t.Key);
        var articles = context.OutputsOf<Article>(PipelineNames.Articles)
            .OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToImmutableArray();
        var articlesBySlug = articles.ToImmutableDictionary(a => a.Slug);
        var notes = UniqueNotes(context.OutputsOf<Annotation>(PipelineNames.Annotations), articlesBySlug, diagnostics);

        var anchorsByArticle = AnchorAll(notes, articlesBySlug, diagnostics);
        var anchorsById = anchorsByArticle.Values.SelectMany(a => a).ToImmutableDictionary(a => a.Annotation.Id);

        TagChecks.RejectUnknown(articles.SelectMany(a => a.Tags)
            .Concat(notes.SelectMany(n => n.Tags))
            .Concat(terms.Values.SelectMany(t => t.Related)), terms, diagnostics);

        var orderedAnchors = articles.SelectMany(a => anchorsByArticle.GetValueOrDefault(a.Slug, []));
        var termIndex = TermIndex.Build(terms, articles, orderedAnchors);
        TagChecks.WarnUnused(terms.Values, termIndex, diagnostics);
        TagChecks.Suggest(terms.Values.ToList(), articles, anchorsById.Values, diagnostics);

        var catalog = new Catalog(site, new Urls(site), articles, articlesBySlug, anchorsByArticle, anchorsById, terms, termIndex,
            ImmutableDictionary<Linking.PageRef, ImmutableArray<Linking.PageRef>>.Empty);
        var sources = articles.Select(a => new LinkSource(new PageRef(PageRef.Articles, a.Slug), a.Location.File, a.Body))
            .Concat(notes.Select(n => new LinkSource(new PageRef(PageRef.Annotations, n.Id), n.Location.File, n.Body)))
            .Concat(terms.Values.Select(t => new LinkSource(new PageRef(t.Key.Taxonomy, t.Key.Slug), t.Location.File, t.Body)));
        return [catalog with { Backlinks = CrossLinks.Check(sources, catalog, diagnostics) }];
    }

    /// <summary>Drops notes whose article does not exist or whose id another note already claims, reporting both.</summary>
    static List<Annotation> UniqueNotes(IEnumerable<Annotation> notes, ImmutableDictionary<string, Article> articles, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, Annotation>();
        var kept = new List<Annotation>();
        foreach (var note in notes)
        {
            if (!articles.ContainsKey(note.ArticleSlug))
            {
                diagnostics.Add(Problems.ArticleUnknown(note.Location, note.ArticleSlug,
                    Closest.Hint(note.ArticleSlug, articles.Keys.ToList(), "articles") + " (the folder under input/annotations/ is named after the article's slug)"));
                continue;
            }
            if (seen.TryGetValue(note.Id, out var first))
            {
                diagnostics.Add(Problems.SlugDuplicate(note.Location, "the note id", note.Id, first.Location));
                continue;
            }
            seen[note.Id] = note;
            kept.Add(note);
        }
        return kept;
    }

    /// <summary>Anchors each article's notes (articles in parallel) and numbers them in reading order.</summary>
    static ImmutableDictionary<string, ImmutableArray<Anchor>> AnchorAll(List<Annotation> notes, ImmutableDictionary<string, Article> articles, DiagnosticBag diagnostics)
    {
        var result = new ConcurrentDictionary<string, ImmutableArray<Anchor>>();
        Parallel.ForEach(notes.GroupBy(n => n.ArticleSlug), group =>
        {
            var article = articles[group.Key];
            var anchors = group.Select(n => QuoteAnchoring.Find(n, article, diagnostics)).OfType<Anchor>()
                .OrderBy(a => a.Start).ThenByDescending(a => a.End).ThenBy(a => a.Annotation.Id, StringComparer.Ordinal)
                .Select((a, i) => a with { Number = i + 1 })
                .ToImmutableArray();
            result[group.Key] = anchors;
        });
        return result.ToImmutableDictionary();
    }
}
