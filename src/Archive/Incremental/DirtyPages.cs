using Archive.Annotations;
using Archive.Linking;
using Archive.Model;
using Archive.Rendering;
using Archive.Theme.Pages;

namespace Archive.Incremental;

/// <summary>
/// Which pages an edit of existing articles or notes touches: the article, its notes' pages, the term pages that list
/// them, the pages they cross-link to (their backlinks), and the indexes whose counts move. Null when the set of
/// pages itself changes, which only a full build handles.
/// </summary>
public static class DirtyPages
{
    /// <summary>
    /// The kinds of page (<see cref="PageJob.Kind"/>) this class knows what an edit does to, and the machine files preview
    /// brings up to date itself (the feed, the export) or that an edit of existing documents leaves alone. A page of
    /// any other kind is rendered again on every incremental rebuild: slower, never stale.
    /// </summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(HomePage), nameof(SimplePage), nameof(ArticleIndexPage), nameof(ArticlePage), nameof(AnnotationPage), nameof(RevisionsPage),
        nameof(TaxonomyIndexPage), nameof(TermPage), nameof(IntersectionPage), nameof(AcrossPage), nameof(MatrixPage),
        nameof(SitePages.Feed), "Sitemap", "Robots", "Headers", nameof(WebAnnotationExport), nameof(SitePages.TermFeed), nameof(TextStylesheet),
    };

    /// <summary>The pages of kinds this class does not know, which every incremental rebuild renders again.</summary>
    public static IEnumerable<PageJob> OfUnknownKinds(SitePages pages) =>
        pages.All().Concat(pages.MachineFiles([])).Where(job => !Kinds.Contains(job.Kind));

    public static List<PageJob>? Of(Catalog before, Catalog after, SitePages pages, ViewBuilder views,
        IEnumerable<(Article? Old, Article? New)> articles, IEnumerable<(Annotation? Old, Annotation? New)> notes)
    {
        // A term that gains or loses a page changes the sitemap and the pager links: not an edit preview patches.
        var previous = new ViewBuilder(before);
        if (after.Terms.Values.Any(t => views.PageCountOf(t) != previous.PageCountOf(t))) return null;

        var jobs = new Dictionary<string, PageJob>();
        void Add(PageJob job) => jobs[job.Path] = job;
        void AddTermPages(TermKey key) { if (after.Terms.TryGetValue(key, out var t)) foreach (var j in pages.TermPages(t)) Add(j); }
        void AddTermFirstPage(TermKey key) { if (after.Terms.TryGetValue(key, out var t)) Add(pages.TermPage(t, 1)); }
        void AddTarget(PageRef target)
        {
            switch (target.Kind)
            {
                case PageRef.Articles when after.ArticlesBySlug.TryGetValue(target.Slug, out var a): Add(pages.Article(a)); break;
                case PageRef.Annotations when after.AnchorsById.TryGetValue(target.Slug, out var n): Add(pages.Annotation(n)); break;
                default: AddTermPages(new TermKey(target.Kind, target.Slug)); break;
            }
        }
        void AddTermPageHolding(TermKey key, Func<Taxonomies.TermUsage, int> index)
        {
            if (!after.Terms.TryGetValue(key, out var term)) return;
            var at = index(after.TermIndex.UsageOf(key));
            if (at >= 0) Add(pages.TermPage(term, at / after.Site.PageSize + 1));
        }

        foreach (var (old, now) in notes)
        {
            var anchor = after.AnchorsById[now!.Id];
            var article = after.ArticlesBySlug[now.ArticleSlug];
            Add(pages.Article(article));
            var quoteMoved = old!.Quote != now.Quote;
            foreach (var a in quoteMoved ? after.AnchorsOf(article.Slug) : [anchor]) Add(pages.Annotation(a));
            var oldTags = old.Tags.Select(t => t.Key).ToHashSet();
            var newTags = now.Tags.Select(t => t.Key).ToHashSet();
            foreach (var key in oldTags.Union(newTags))
                if (oldTags.Contains(key) && newTags.Contains(key)) AddTermPageHolding(key, u => u.Notes.IndexOf(anchor));
                else AddTermPages(key);
            // Other tags added or removed change the related terms, shown on each term's first page.
            if (!oldTags.SetEquals(newTags)) foreach (var key in oldTags.Union(newTags)) AddTermFirstPage(key);
            if (!oldTags.SetEquals(newTags)) foreach (var t in after.Site.Taxonomies) Add(pages.TaxonomyIndex(t));
            foreach (var target in Targets(before, old).Union(Targets(after, now))) AddTarget(target);
        }

        foreach (var (old, now) in articles)
        {
            var article = now!;
            Add(pages.Article(article));
            if (!article.Revisions.IsEmpty) Add(pages.Revisions(article));
            foreach (var a in after.AnchorsOf(article.Slug)) Add(pages.Annotation(a));
            var oldTags = old!.Tags.Select(t => t.Key).ToHashSet();
            var newTags = article.Tags.Select(t => t.Key).ToHashSet();
            var sameListing = old.Date == article.Date && old.Title == article.Title && old.Summary == article.Summary;
            foreach (var key in oldTags.Union(newTags))
                if (sameListing && oldTags.Contains(key) && newTags.Contains(key)) AddTermPageHolding(key, u => u.Articles.IndexOf(article));
                else AddTermPages(key);
            if (!oldTags.SetEquals(newTags)) foreach (var key in oldTags.Union(newTags)) AddTermFirstPage(key);
            if (!oldTags.SetEquals(newTags)) foreach (var t in after.Site.Taxonomies) Add(pages.TaxonomyIndex(t));
            // Term pages list notes under their article's title.
            if (!sameListing)
                foreach (var a in after.AnchorsOf(article.Slug))
                    foreach (var key in a.Annotation.Tags.Select(t => t.Key).Distinct())
                        AddTermPageHolding(key, u => u.Notes.IndexOf(a));
            if (!sameListing || !oldTags.SetEquals(newTags))
            {
                // A new date reorders the whole list; otherwise only the page holding the article changed.
                if (old.Date != article.Date) return null;
                Add(pages.Home());
                Add(pages.ArticleIndexHolding(article));
            }
            foreach (var target in Targets(before, old).Union(Targets(after, article))) AddTarget(target);
        }
        if (!DirtyCrossPages.Add(before, after, pages, views, articles, notes, Add)) return null;
        return [.. jobs.Values];
    }

    static IEnumerable<PageRef> Targets(Catalog catalog, Annotation note) =>
        CrossLinks.TargetsOf(new PageRef(PageRef.Annotations, note.Id), note.Body, catalog);

    static IEnumerable<PageRef> Targets(Catalog catalog, Article article) =>
        CrossLinks.TargetsOf(new PageRef(PageRef.Articles, article.Slug), article.Body, catalog);
}
