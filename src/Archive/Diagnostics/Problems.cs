namespace Archive.Diagnostics;

/// <summary>
/// One named factory per kind of content problem, each with a stable code and a fix hint. Codes are part of the
/// tool's interface: tests and editors' tools match on them, so never rename one.
/// </summary>
public static class Problems
{
    static Diagnostic Error(string code, SourceLocation at, string message, string fix) => new(code, Severity.Error, at, message, fix);
    static Diagnostic Warning(string code, SourceLocation at, string message, string fix) => new(code, Severity.Warning, at, message, fix);

    // Files and encodings
    public static Diagnostic FileUnreadable(string file, string reason) =>
        Error("FILE_UNREADABLE", SourceLocation.StartOf(file), $"cannot read the file ({reason})", "check the file's permissions, or remove it");
    public static Diagnostic FileTooLarge(string file, long bytes, long max) =>
        Error("FILE_TOO_LARGE", SourceLocation.StartOf(file), $"the file is {bytes / 1024 / 1024.0:0.0} MiB; the limit is {max / 1024 / 1024} MiB", "split it, or remove what does not belong in an article");
    public static Diagnostic InvalidUtf8(SourceLocation at) =>
        Error("ENCODING_INVALID", at, "the file is not valid UTF-8", "save the file as UTF-8");
    public static Diagnostic InputMissing(string folder) =>
        Error("INPUT_MISSING", SourceLocation.StartOf(folder), "the input folder does not exist", "pass --input with the folder that holds site.yml");

    // Front matter
    public static Diagnostic FrontMatterMissing(string file, bool empty) =>
        Error("FRONT_MATTER_MISSING", SourceLocation.StartOf(file), empty ? "the file is empty" : "the file does not start with front matter", "begin the file with a line `---`, the YAML fields, and a closing `---`");
    public static Diagnostic FrontMatterUnclosed(string file) =>
        Error("FRONT_MATTER_UNCLOSED", SourceLocation.StartOf(file), "the front matter is never closed", "add a line `---` after the last YAML field");
    public static Diagnostic FrontMatterNotMapping(SourceLocation at) =>
        Error("FRONT_MATTER_INVALID", at, "the front matter is not a set of `key: value` fields", "write one `key: value` per line");
    public static Diagnostic YamlInvalid(SourceLocation at, string reason) =>
        Error("YAML_INVALID", at, $"invalid YAML: {reason}", "fix the YAML syntax here (indent with spaces, never tabs; quote values containing `: ` or `#`)");
    public static Diagnostic FieldMissing(SourceLocation at, string key) =>
        Error("FIELD_MISSING", at, $"`{key}` is required", $"add `{key}: …` to the front matter");
    public static Diagnostic FieldEmpty(SourceLocation at, string key) =>
        Error("FIELD_MISSING", at, $"`{key}` is empty", $"give `{key}` a value");
    public static Diagnostic FieldType(SourceLocation at, string key, string expected) =>
        Error("FIELD_INVALID", at, $"`{key}` must be {expected}", $"rewrite `{key}` as {expected}");
    public static Diagnostic DateInvalid(SourceLocation at, string key, string value) =>
        Error("DATE_INVALID", at, $"`{key}: {value}` is not a real date", "write the date as YYYY-MM-DD, e.g. 2025-12-14");
    public static Diagnostic DateRangeInvalid(SourceLocation at, DateOnly start, DateOnly end) =>
        Error("DATE_INVALID", at, $"`end: {end:yyyy-MM-dd}` is before `date: {start:yyyy-MM-dd}`", "swap the dates, or correct `end`");
    public static Diagnostic KeyUnknown(SourceLocation at, string key, string hint) =>
        Error("KEY_UNKNOWN", at, $"unknown front matter key `{key}`", hint);
    public static Diagnostic UrlInvalid(SourceLocation at, string value) =>
        Error("URL_INVALID", at, $"`{value}` is not an absolute http(s) URL", "write the full address, starting with https://");

    // Identity
    public static Diagnostic SlugInvalid(SourceLocation at, string slug) =>
        Error("SLUG_INVALID", at, $"`{slug}` is not a valid slug", "name the file with lowercase ASCII letters, digits and hyphens only, e.g. `radar-lock-on.md`");
    public static Diagnostic SlugDuplicate(SourceLocation at, string kind, string slug, SourceLocation other) =>
        Error("SLUG_DUPLICATE", at, $"{kind} `{slug}` is also defined in {other.File}", "rename one of the two files");

    // Site settings
    public static Diagnostic SiteInvalid(SourceLocation at, string message, string fix) =>
        Error("SITE_INVALID", at, message, fix);

    // Articles
    public static Diagnostic OriginalNotFound(SourceLocation at, string path) =>
        Error("ORIGINAL_NOT_FOUND", at, $"the original `{path}` does not exist", "put the original text under input/sources/, or correct `original:`");
    public static Diagnostic MovedNotFound(SourceLocation at, string text) =>
        Error("ORIGINAL_MOVED_NOT_FOUND", at, $"the moved text `{text}` is not in the original", "copy the text exactly as the original has it");
    public static Diagnostic FidelityMismatch(SourceLocation at, string expected, string actual, SourceLocation original) =>
        Error("FIDELITY_MISMATCH", at, $"the article's text differs from its original at {original}: the original has `{expected}`, the article has `{actual}`", "restore the original wording here; fidelity to the source is the point of the archive");
    public static Diagnostic FidelityMissingText(SourceLocation at, string expected, SourceLocation original) =>
        Error("FIDELITY_MISMATCH", at, $"the article ends before its original does: {original} continues with `{expected}`", "copy the rest of the original into the article");

    // Annotations
    public static Diagnostic ArticleUnknown(SourceLocation at, string slug, string hint) =>
        Error("ARTICLE_UNKNOWN", at, $"no article `{slug}` for this annotation folder", hint);
    public static Diagnostic QuoteEmpty(SourceLocation at) =>
        Error("QUOTE_EMPTY", at, "the quote is empty", "copy the exact passage from the article into `quote:`");
    public static Diagnostic QuoteNotFound(SourceLocation at, string quote, string closest, SourceLocation closestAt) =>
        Error("QUOTE_NOT_FOUND", at, $"the quote `{quote}` is not in the article", $"the closest passage is `{closest}` at {closestAt}; copy it exactly");
    public static Diagnostic QuoteAmbiguous(SourceLocation at, string quote, IEnumerable<string> occurrences) =>
        Error("QUOTE_AMBIGUOUS", at, $"the quote `{quote}` occurs more than once", "add a `prefix:` or `suffix:` to pick one: " + string.Join("; ", occurrences));

    // Taxonomies and cross-links
    public static Diagnostic TaxonomyUnknown(SourceLocation at, string key, string hint) =>
        Error("TAXONOMY_UNKNOWN", at, $"no taxonomy `{key}` is declared in site.yml", hint);
    public static Diagnostic TermUnknown(SourceLocation at, string taxonomy, string slug, string hint) =>
        Error("TERM_UNKNOWN", at, $"no term `{slug}` in `{taxonomy}`", $"{hint} (or create input/tags/{taxonomy}/{slug}.md)");
    public static Diagnostic TermUnused(SourceLocation at, string taxonomy, string slug) =>
        Warning("TERM_UNUSED", at, $"nothing is tagged `{taxonomy}: {slug}`", "tag an article or note with it, or remove the file");
    public static Diagnostic TagSuggested(SourceLocation at, string found, string taxonomy, string slug) =>
        new("TAG_SUGGESTED", Severity.Suggestion, at, $"`{found}` appears here but the item is not tagged `{taxonomy}: {slug}`", $"add `{slug}` to `{taxonomy}:` if it is about it");
    public static Diagnostic XrefInvalid(SourceLocation at, string target) =>
        Error("XREF_INVALID", at, $"`{target}` is not a cross-link of the form xref:<kind>/<slug>", "write e.g. `xref:incidents/liaoning-radar-lockon`");
    public static Diagnostic XrefNotFound(SourceLocation at, string target, string hint) =>
        Error("XREF_NOT_FOUND", at, $"the cross-link `{target}` points to nothing", hint);

    // Search
    public static Diagnostic SearchUnavailable() =>
        Warning("SEARCH_UNAVAILABLE", SourceLocation.StartOf("package.json"), "search is not built: the pagefind package (node_modules/@pagefind) is missing",
            "install Node.js (`apt-get install nodejs npm`, or your system's package) and build the CLI again, which runs `npm ci`; the rest of the site builds as usual");
    public static Diagnostic SearchFailed(string output, string cache) =>
        Error("SEARCH_FAILED", SourceLocation.StartOf("package.json"), $"Pagefind failed: {output}",
            $"run `npm ci` to restore the pinned pagefind package; the next build indexes the failed partitions again (deleting {cache} makes it index everything)");
    public static Diagnostic SearchCacheNotOurs(string folder) =>
        Warning("SEARCH_CACHE_NOT_OURS", SourceLocation.StartOf(folder), "search is not built: the build keeps its search index in this folder, which exists but was not made by the build",
            "move the folder away (the build never deletes what it did not make), or build into another --output");

    // Output
    public static Diagnostic LinkBroken(SourceLocation at, string page, string href, string reason) =>
        Error("LINK_BROKEN", at, $"the page /{page} links to `{href}`, which {reason}", "fix the link in the source file, or the layout that wrote it");
}
