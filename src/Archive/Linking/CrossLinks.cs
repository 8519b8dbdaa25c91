using System.Collections.Immutable;
using Archive.Parsing;
using Archive.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Linking;

/// <summary>A Markdown document that may hold cross-links, and the page it becomes.</summary>
public sealed record LinkSource(PageRef Page, string File, MarkdownDocument Body);

/// <summary>
/// Checks every <c>xref:</c> link in every Markdown document against the catalog and inverts them into backlinks.
/// Rendering rewrites the URLs later; this pass only validates and records, so it never touches the syntax trees.
/// </summary>
public static class CrossLinks
{
    public static Dictionary<PageRef, ImmutableArray<PageRef>> Check(IEnumerable<LinkSource> sources, Catalog catalog, DiagnosticBag diagnostics,
        CatalogCache? cache = null)
    {
        var edges = new System.Collections.Concurrent.ConcurrentBag<(PageRef From, PageRef To)>();
        Parallel.ForEach(sources, source =>
        {
            // A full build checks every document and fills preview's cache, which Patch reads after an edit.
            var (targets, clean) = Targets(source, catalog, diagnostics);
            if (cache is not null && clean) cache.Links[source.Page] = (source.Body, targets);
            foreach (var target in targets) edges.Add((source.Page, target));
        });
        return edges
            .GroupBy(e => e.To, e => e.From)
            .ToDictionary(g => g.Key, g => g.Order(PageOrder).ToImmutableArray());
    }

    static readonly Comparer<PageRef> PageOrder = Comparer<PageRef>.Create((x, y) =>
        string.CompareOrdinal(x.Kind, y.Kind) is var byKind and not 0 ? byKind : string.CompareOrdinal(x.Slug, y.Slug));

    /// <summary>
    /// The backlinks after edits of existing documents: each edited document's links are checked again and only the
    /// targets it stopped or started linking to change. Null when the cache does not know what an edited document
    /// linked to before (then a full pass is needed).
    /// </summary>
    public static Dictionary<PageRef, ImmutableArray<PageRef>>? Patch(IReadOnlyDictionary<PageRef, ImmutableArray<PageRef>> backlinks,
        IEnumerable<(MarkdownDocument OldBody, LinkSource Source)> edited, Catalog catalog, DiagnosticBag diagnostics, CatalogCache cache)
    {
        var result = new Dictionary<PageRef, ImmutableArray<PageRef>>(backlinks);
        foreach (var (oldBody, source) in edited)
        {
            if (!cache.Links.TryGetValue(source.Page, out var known) || !ReferenceEquals(known.Body, oldBody)) return null;
            var (targets, clean) = Targets(source, catalog, diagnostics);
            if (clean) cache.Links[source.Page] = (source.Body, targets);
            foreach (var gone in known.Targets.Except(targets))
            {
                var left = result[gone].Remove(source.Page);
                if (left.IsEmpty) result.Remove(gone);
                else result[gone] = left;
            }
            foreach (var added in targets.Except(known.Targets))
                result[added] = [.. result.GetValueOrDefault(added, []).Add(source.Page).Order(PageOrder)];
        }
        return result;
    }

    /// <summary>The pages a document links to (links that do not resolve are left out).</summary>
    public static ImmutableArray<PageRef> TargetsOf(PageRef page, MarkdownDocument body, Catalog catalog) =>
        Targets(new LinkSource(page, "", body), catalog, new DiagnosticBag()).Targets;

    static (ImmutableArray<PageRef> Targets, bool Clean) Targets(LinkSource source, Catalog catalog, DiagnosticBag diagnostics)
    {
        var targets = ImmutableArray.CreateBuilder<PageRef>();
        var clean = true;
        foreach (var link in source.Body.Descendants<LinkInline>())
        {
            if (!Xref.IsXref(link.Url)) continue;
            var at = new SourceLocation(source.File, link.Line + 1, link.Column + 1);
            var xref = Xref.Parse(link.Url!);
            if (xref is null) { diagnostics.Add(Problems.XrefInvalid(at, link.Url!)); clean = false; continue; }
            var target = new PageRef(xref.Kind, xref.Slug);
            if (catalog.PathOf(target) is null) { diagnostics.Add(Problems.XrefNotFound(at, link.Url!, Hint(xref, catalog))); clean = false; continue; }
            if (target != source.Page && !targets.Contains(target)) targets.Add(target);
        }
        return (targets.ToImmutable(), clean);
    }

    static string Hint(Xref xref, Catalog catalog)
    {
        if (!catalog.Kinds.Contains(xref.Kind))
            return "the kind must be one of " + string.Join(", ", catalog.Kinds.Select(k => $"`{k}`")) + "; " + Closest.Hint(xref.Kind, catalog.Kinds, "kinds");
        var near = Closest.Among(xref.Slug, catalog.SlugsOf(xref.Kind));
        return near.Count > 0
            ? "did you mean " + string.Join(" or ", near.Select(n => $"`xref:{xref.Kind}/{n}`")) + "?"
            : Closest.Hint(xref.Slug, catalog.SlugsOf(xref.Kind), xref.Kind);
    }
}
