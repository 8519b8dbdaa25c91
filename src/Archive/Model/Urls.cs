namespace Archive.Model;

/// <summary>
/// The one place that decides where things live. Paths are relative to the site root ("articles/x/"); <see cref="Href"/>
/// prefixes the base path so the same output works at "/" and under a sub-path like "/archive/".
/// </summary>
public sealed class Urls(SiteSettings site)
{
    public const string NoteFragmentPrefix = "note-";
    public const string PassageFragmentPrefix = "passage-";
    public const string TextFragmentPrefix = "text-";

    public static string Home => "";
    public static string Article(string slug) => $"articles/{slug}/";
    public static string ArticleIndex(int page) => page <= 1 ? "articles/" : $"articles/page/{page}/";
    public static string Annotation(string id) => $"annotations/{id}/";
    public static string Revisions(string articleSlug) => $"articles/{articleSlug}/revisions/";
    /// <summary>The diff from the version of <paramref name="version"/> to the next, on the revisions page.</summary>
    public static string DiffFragment(DateOnly version) => $"diff-{version:yyyy-MM-dd}";
    public static string Taxonomy(string key) => $"{key}/";
    public static string Term(TermKey key) => $"{key.Taxonomy}/{key.Slug}/";
    public static string TermPage(TermKey key, int page) => page <= 1 ? Term(key) : $"{key.Taxonomy}/{key.Slug}/page/{page}/";
    /// <summary>A term's feed of its newest articles and notes.</summary>
    public static string TermFeed(TermKey key) => Term(key) + "feed.xml";
    /// <summary>A term's list of the terms of another taxonomy it shares items with (<c>countries/japan/incidents/</c>).</summary>
    public static string TermAcross(TermKey key, string otherTaxonomy) => Term(key) + otherTaxonomy + "/";
    /// <summary>What two terms share; <paramref name="first"/>'s taxonomy is declared before <paramref name="second"/>'s.</summary>
    public static string Intersection(TermKey first, TermKey second) => Term(first) + $"{second.Taxonomy}/{second.Slug}/";
    /// <summary>The table of two taxonomies' terms (<c>countries/incidents/</c>).</summary>
    public static string Matrix(string first, string second) => $"{first}/{second}/";
    public static string Search => "search/";
    public static string Feed => "feed.xml";
    public static string AnnotationsJsonLd => "annotations.jsonld";
    public static string AnnotationPageJsonLd(int page) => $"annotation-pages/{page}.jsonld";
    public static string Asset(string name) => $"assets/{name}";

    public static string NoteFragment(string id) => NoteFragmentPrefix + id;
    public static string PassageFragment(string id) => PassageFragmentPrefix + id;
    /// <summary>The element of the article's text that holds a passage: the scope of the note's exported selectors.</summary>
    public static string TextFragment(string firstNoteId) => TextFragmentPrefix + firstNoteId;

    /// <summary>A note's card in its article (an accepted orphan has no passage, only its card).</summary>
    public static string NoteInArticle(string articleSlug, string id) => Article(articleSlug) + "#" + NoteFragment(id);

    /// <summary>The note inside its article: the stable permalink fragment.</summary>
    public static string PassageInArticle(string articleSlug, string id) => Article(articleSlug) + "#" + PassageFragment(id);

    /// <summary>The file a page path is written to: "articles/x/" → "articles/x/index.html".</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    // Every page asks for dozens of these; the base is read off the Uri once, not per link.
    readonly string _basePath = site.BasePath;
    readonly string _baseUrl = site.BaseUrl.ToString();

    public string Href(string path) => _basePath + path;

    /// <summary>
    /// The page's absolute URL, in ASCII: where a URL must be ASCII (sitemap, feed ids, JSON-LD, canonical, og:url) a
    /// slug in another script is percent-encoded as UTF-8, as RFC 3987 maps an IRI to a URI. The base URL (always
    /// ending in '/') prefixes the path.
    /// </summary>
    public string Absolute(string path) => _baseUrl + (path.AsSpan().ContainsAnyExcept(PlainPathChars) ? Iri.ToUri(path) : path);

    static readonly System.Buffers.SearchValues<char> PlainPathChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./");
}
