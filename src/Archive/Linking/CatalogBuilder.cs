using System.Collections.Concurrent;
using System.Collections.Immutable;
using Archive.Annotations;
using Archive.Diagnostics;
using Archive.Model;
using Archive.Revisions;
using Archive.Taxonomies;
using Markdig.Syntax;

namespace Archive.Linking;

/// <summary>
/// What a previous catalog computed that is still valid while its inputs are the very same (unchanged) objects:
/// an article's anchors, a document's cross-links, a note's item in the annotation export. Preview keeps one between
/// rebuilds; a build from scratch has none, and keeps nothing it will not use again.
/// </summary>
public sealed class CatalogCache
{
    /// <summary>
    /// Each article's anchoring, with what it reported, valid while the article and its notes are the very objects it
    /// was made from (preview hands out the same objects for unchanged files).
    /// </summary>
    internal readonly ConcurrentDictionary<string, (Article Article, Annotation[] Notes, ArticleAnchoring Anchoring, DiagnosticBag Reported)> Anchors = new();
    internal readonly ConcurrentDictionary<PageRef, (MarkdownDocument Body, ImmutableArray<PageRef> Targets)> Links = new();

    /// <summary>
    /// Each note's JSON in the export, by anchor. An unchanged note keeps its anchor object from one rebuild to the
    /// next, so a save re-serializes one note instead of the whole archive; the table holds anchors weakly.
    /// </summary>
    internal readonly System.Runtime.CompilerServices.ConditionalWeakTable<Anchor, string> ExportItems = new();

    (IReadOnlyDictionary<TermKey, Term> Terms, TagSuggester Suggester)? _suggester;

    /// <summary>The search for the terms' spellings, made again only when the set of terms is another one.</summary>
    internal TagSuggester SuggesterFor(IReadOnlyDictionary<TermKey, Term> terms)
    {
        if (_suggester is { } known && ReferenceEquals(known.Terms, terms)) return known.Suggester;
        var made = new TagSuggester(terms.Values.ToList());
        _suggester = (terms, made);
        return made;
    }
}

/// <summary>
/// Joins the parsed articles, notes and terms into one <see cref="Catalog"/>: anchors every note in its article, checks
/// identities, tags and cross-links, and indexes what each term tags. The only place that sees everything at once.
/// </summary>
public static class CatalogBuilder
{
    /// <param name="cache">Reused results for unchanged documents, or null for a build from scratch.</param>
    /// <param name="unparsed">Slugs of article files that exist but failed to parse: their notes are not orphans, and their problem is already reported.</param>
    public static Catalog Build(SiteSettings site, IEnumerable<Term> allTerms, IEnumerable<Article> allArticles, IEnumerable<Annotation> allNotes,
        DiagnosticBag diagnostics, CatalogCache? cache = null, IReadOnlySet<string>? unparsed = null)
    {
        // When a file failed to parse, what it tagged is unknown: "nothing is tagged" would follow from that error, not add to it.
        var complete = !diagnostics.HasErrors;
        var terms = Unique(allTerms, t => $"{t.Key.Taxonomy}/{t.Key.Slug}", t => t.Location, "the term", diagnostics).ToDictionary(t => t.Key);
        var articles = Unique(allArticles, a => a.Slug, a => a.Location, "the article", diagnostics).Order(ArticleOrder.Instance).ToImmutableArray();
        var articlesBySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var notes = UniqueNotes(allNotes, articlesBySlug, unparsed ?? new HashSet<string>(), diagnostics);

        var histories = articles.Where(a => !a.Revisions.IsEmpty).ToDictionary(a => a.Slug, a => new ArticleHistory(a), StringComparer.Ordinal);
        var anchoring = AnchorAll(notes, articlesBySlug, histories, diagnostics, cache);
        var anchorsByArticle = anchoring.ToDictionary(p => p.Key, p => p.Value.Anchors, StringComparer.Ordinal);
        var anchorsById = anchorsByArticle.Values.SelectMany(a => a).ToDictionary(a => a.Annotation.Id, StringComparer.Ordinal);

        // Tag suggestions only report, and the anchors' order only reads: both run beside the term index, which is one
        // pass on one thread, instead of after it.
        var suggester = cache?.SuggesterFor(terms) ?? new TagSuggester(terms.Values.ToList());
        var suggesting = Task.Run(() => suggester.Suggest(articles, anchorsById.Values, diagnostics));
        var ordering = Task.Run(() => AnchorOrder.Of(articles, anchorsByArticle));
        var intersecting = Task.Run(() => Intersections.Build(site, terms, articles, slug => anchorsByArticle.GetValueOrDefault(slug, [])));

        TagChecks.RejectUnknown(articles.SelectMany(a => a.Tags)
            .Concat(notes.SelectMany(n => n.Tags))
            .Concat(terms.Values.SelectMany(t => t.Related)), terms, diagnostics);
        TagChecks.RejectReservedSlugs(terms.Values, site, diagnostics);
        var orderedAnchors = articles.SelectMany(a => anchorsByArticle.GetValueOrDefault(a.Slug, []));
        var termIndex = TermIndex.Build(terms, articles, orderedAnchors);
        if (complete) TagChecks.WarnUnused(terms.Values, termIndex, diagnostics);

        var catalog = new Catalog(site, new Urls(site), articles, articlesBySlug, anchorsByArticle, anchorsById, terms, termIndex,
            new Dictionary<PageRef, ImmutableArray<PageRef>>(), ordering.GetAwaiter().GetResult())
        {
            Histories = histories,
            Intersections = intersecting.GetAwaiter().GetResult(),
            OrphansByArticle = anchoring.Where(p => !p.Value.Orphans.IsEmpty).ToDictionary(p => p.Key, p => p.Value.Orphans, StringComparer.Ordinal),
            OrphansById = anchoring.Values.SelectMany(a => a.Orphans).ToDictionary(o => o.Note.Id, StringComparer.Ordinal),
            HealthByArticle = anchoring.ToDictionary(p => p.Key, p => p.Value.Health, StringComparer.Ordinal),
        };
        var sources = articles.Select(a => new LinkSource(new PageRef(PageRef.Articles, a.Slug), a.Location.File, a.Body))
            .Concat(notes.Select(n => new LinkSource(new PageRef(PageRef.Annotations, n.Id), n.Location.File, n.Body)))
            .Concat(terms.Values.Select(t => new LinkSource(new PageRef(t.Key.Taxonomy, t.Key.Slug), t.Location.File, t.Body)));
        var backlinks = CrossLinks.Check(sources, catalog, diagnostics, cache);
        suggesting.GetAwaiter().GetResult();
        return catalog with { Backlinks = backlinks };
    }

    /// <summary>
    /// The documents with a slug no other has, reporting each that repeats one, with the file that has it first: file
    /// names that differ only in case, spaces or normalisation (<c>Li Bai.md</c>, <c>li-bai.md</c>) make one slug.
    /// </summary>
    static List<T> Unique<T>(IEnumerable<T> documents, Func<T, string> slug, Func<T, SourceLocation> location, string kind, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        var kept = new List<T>();
        foreach (var document in documents.OrderBy(d => location(d).File, StringComparer.Ordinal))
        {
            if (seen.TryGetValue(slug(document), out var first))
            {
                diagnostics.Add(Problems.SlugDuplicate(location(document), kind, slug(document), location(first)));
                continue;
            }
            seen[slug(document)] = document;
            kept.Add(document);
        }
        return kept;
    }

    /// <summary>Drops notes whose article does not exist or whose id another note already claims, reporting both.</summary>
    static List<Annotation> UniqueNotes(IEnumerable<Annotation> notes, IReadOnlyDictionary<string, Article> articles, IReadOnlySet<string> unparsed, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, Annotation>();
        var kept = new List<Annotation>();
        foreach (var note in notes.OrderBy(n => n.Location.File, StringComparer.Ordinal))
        {
            if (unparsed.Contains(note.ArticleSlug)) continue;
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
    static Dictionary<string, ArticleAnchoring> AnchorAll(List<Annotation> notes, IReadOnlyDictionary<string, Article> articles,
        IReadOnlyDictionary<string, ArticleHistory> histories, DiagnosticBag diagnostics, CatalogCache? cache)
    {
        var result = new ConcurrentDictionary<string, ArticleAnchoring>();
        Parallel.ForEach(notes.GroupBy(n => n.ArticleSlug), group =>
        {
            result[group.Key] = AnchorNotes(articles[group.Key], histories.GetValueOrDefault(group.Key), group.ToArray(), diagnostics, cache);
        });
        return new Dictionary<string, ArticleAnchoring>(result, StringComparer.Ordinal);
    }

    /// <summary>
    /// Anchors one article's notes and numbers them in reading order; remembers the result when all of them anchored,
    /// and reuses one remembered for these very objects.
    /// </summary>
    internal static ArticleAnchoring AnchorNotes(Article article, ArticleHistory? history, Annotation[] notes, DiagnosticBag diagnostics, CatalogCache? cache)
    {
        if (cache is not null && cache.Anchors.TryGetValue(article.Slug, out var known) && ReferenceEquals(known.Article, article)
            && known.Notes.SequenceEqual(notes, ReferenceEqualityComparer.Instance))
        {
            diagnostics.AddFrom(known.Reported);
            return known.Anchoring;
        }
        var reported = new DiagnosticBag();
        var anchoring = NoteAnchoring.Anchor(article, history, notes, reported);
        diagnostics.AddFrom(reported);
        anchoring = anchoring with
        {
            Anchors = [.. anchoring.Anchors
                .OrderBy(a => a.Start).ThenByDescending(a => a.End).ThenBy(a => a.Annotation.Id, StringComparer.Ordinal)
                .Select((a, i) => a with { Number = i + 1 })],
            Orphans = [.. anchoring.Orphans.OrderBy(o => o.Note.Id, StringComparer.Ordinal)],
        };
        if (cache is not null && anchoring.Complete) cache.Anchors[article.Slug] = (article, notes, anchoring, reported);
        return anchoring;
    }
}
