using Archive.Diagnostics;
using Archive.Linking;
using Archive.Parsing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Output;

/// <summary>
/// Where each link an author wrote sits in their file, so a link that does not resolve is reported at its line and
/// column, not at the top of the file whose page showed it. Made only once a link fails: a passing build never needs it.
/// </summary>
public sealed class AuthorLinks
{
    readonly Dictionary<string, List<SourceLocation>> _byTarget = new(StringComparer.Ordinal);

    public static AuthorLinks Of(Catalog catalog)
    {
        var links = new AuthorLinks();
        foreach (var article in catalog.Articles) links.Add(article.Body, article.Location.File);
        foreach (var anchor in catalog.AnchorsById.Values) links.Add(anchor.Annotation.Body, anchor.Annotation.Location.File);
        foreach (var orphan in catalog.OrphansById.Values) links.Add(orphan.Note.Body, orphan.Note.Location.File);
        foreach (var term in catalog.Terms.Values) links.Add(term.Body, term.Location.File);
        return links;
    }

    void Add(MarkdownDocument body, string file)
    {
        foreach (var node in MarkdownWalk.All(body))
        {
            var url = node switch { LinkInline link => link.Url, AutolinkInline auto => auto.Url, _ => null };
            if (url is null || Xref.IsXref(url)) continue;
            var at = new SourceLocation(file, node.Line + 1, node.Column + 1);
            var key = Key(url);
            if (!_byTarget.TryGetValue(key, out var list)) _byTarget[key] = list = [];
            list.Add(at);
        }
    }

    /// <summary>Where <paramref name="target"/> was written: in <paramref name="origin"/> (the page's own file) if it is there, else in any note or term the page shows.</summary>
    public SourceLocation? Find(string target, string origin) =>
        _byTarget.TryGetValue(Key(target), out var list) ? list.FirstOrDefault(l => l.File == origin) ?? list[0] : null;

    /// <summary>Markdig percent-encodes what the author wrote as is, so both sides are compared decoded.</summary>
    static string Key(string url) => Uri.UnescapeDataString(url.Trim());
}
