using System.Collections.Immutable;
using Archive.Linking;
using Archive.Model;
using Archive.Theme.Views;

namespace Archive.Rendering;

public sealed partial class ViewBuilder
{
    /// <summary>Pages a term's list needs: articles and notes are paged side by side, <c>page_size</c> of each per page.</summary>
    public int PageCountOf(Term term)
    {
        var usage = catalog.TermIndex.UsageOf(term.Key);
        var size = catalog.Site.PageSize;
        return Math.Max(1, Math.Max((usage.Articles.Length + size - 1) / size, (usage.Notes.Length + size - 1) / size));
    }

    public TermPageView TermPage(Term term, int page, RenderWorker worker)
    {
        var usage = catalog.TermIndex.UsageOf(term.Key);
        var size = catalog.Site.PageSize;
        var pages = PageCountOf(term);
        var taxonomy = catalog.Site.FindTaxonomy(term.Key.Taxonomy)!;
        var path = Urls.TermPage(term.Key, page);
        var description = PlainText(term.Body);
        return new TermPageView(
            Meta(page > 1 ? _text.Format("page_title_numbered", ("title", term.Name), ("page", page)) : term.Name, description.Length > 0 ? description : $"{term.Name} {term.NameEn}", path, "website",
                JsonLd.Term(catalog, term, worker.Json, page)) with { FeedHref = _urls.Href(Urls.TermFeed(term.Key)) },
            taxonomy.Name,
            _urls.Href(Urls.Taxonomy(taxonomy.Key)),
            term.Name,
            term.NameEn,
            term.Date is { } d ? Date(d) : null,
            term.End is { } e ? Date(e) : null,
            worker.Markdown.Render(term.Body),
            [.. term.Sources.Select(s => new SourceView(s.Title, s.Url))],
            usage.Articles.Length,
            usage.Notes.Length,
            [.. usage.Articles.Skip((page - 1) * size).Take(size).Select(Summary)],
            [.. usage.Notes.Skip((page - 1) * size).Take(size).Select(a => new NoteSummary(
                a.Number,
                a.Annotation.Quote.Exact,
                catalog.ArticlesBySlug[a.Annotation.ArticleSlug].Title,
                _urls.Href(Urls.PassageInArticle(a.Annotation.ArticleSlug, a.Annotation.Id)),
                _urls.Href(Urls.Annotation(a.Annotation.Id)),
                Excerpt(a.Annotation.Body, 120)))],
            // Related terms describe the term, not a page of its list: on its first page only, so retagging one item
            // does not rewrite every page of a term that lists thousands.
            page > 1 ? [] : [.. catalog.TermIndex.RelatedTo(term.Key).Take(12).Select(r => new RelatedView(r.Term.Name, r.Term.NameEn, _urls.Href(Urls.Term(r.Term.Key)), r.Count))],
            Backlinks(new PageRef(term.Key.Taxonomy, term.Key.Slug)),
            new PagerView(page, pages,
                page > 1 ? _urls.Href(Urls.TermPage(term.Key, page - 1)) : null,
                page < pages ? _urls.Href(Urls.TermPage(term.Key, page + 1)) : null))
        {
            FeedHref = _urls.Href(Urls.TermFeed(term.Key)),
            // Like related terms, on the first page only.
            Cross = page > 1 ? [] : CrossGroups(term),
        };
    }

    public TaxonomyIndexView TaxonomyIndex(Taxonomy taxonomy)
    {
        var ordered = Ordered(catalog.Terms.Values.Where(t => t.Key.Taxonomy == taxonomy.Key), taxonomy);
        return new TaxonomyIndexView(
            Meta(taxonomy.Name, _text.Format("taxonomy.description", ("name", taxonomy.Name), ("name_en", taxonomy.NameEn)), Urls.Taxonomy(taxonomy.Key), "website"),
            taxonomy.Name,
            taxonomy.NameEn,
            taxonomy.Dated,
            [.. ordered.Select(t =>
            {
                var usage = catalog.TermIndex.UsageOf(t.Key);
                return new TermSummary(t.Name, t.NameEn, _urls.Href(Urls.Term(t.Key)), usage.Articles.Length, usage.Notes.Length,
                    t.Date is { } d ? Date(d) : null, t.End is { } e ? Date(e) : null);
            })]) { Timeline = Timeline(taxonomy) };
    }
}
