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
    public static Diagnostic FileOutsideInput(string file) =>
        Error("FILE_OUTSIDE_INPUT", SourceLocation.StartOf(file), "the file is a symbolic link to a file outside the input folder", "copy the file into the input folder instead of linking to it");
    public static Diagnostic FileNotRegular(string file) =>
        Error("FILE_NOT_REGULAR", SourceLocation.StartOf(file), "this is not a regular file (a FIFO, a device or a socket)", "replace it with a text file, or remove it");
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
    public static Diagnostic SourceShallow(SourceLocation at, IEnumerable<string> urls) =>
        Warning("SOURCE_SHALLOW", at, $"every source is a site's front page ({string.Join(", ", urls)}), which proves no claim", "cite the page that states it: the press release, the report or the article, not the site's home page");

    // Identity
    /// <param name="forbidden">The characters of <paramref name="slug"/> that cannot be in a URL segment (Parsing.Slug.Forbidden).</param>
    public static Diagnostic SlugInvalid(SourceLocation at, string slug, IReadOnlyCollection<string> forbidden) =>
        Error("SLUG_INVALID", at, forbidden.Count > 0
                ? $"`{slug}` is not a valid slug: it contains {string.Join(" ", forbidden.Select(Shown))}, which cannot be in a URL segment"
                : $"`{slug}` is not a valid slug: a hyphen starts or ends it, or two hyphens meet",
            "name the file with letters and digits (any script) joined by single hyphens or spaces, e.g. `radar-lock-on.md` or `李白.md`");

    /// <summary>A character as a message shows it: visible ones quoted, invisible ones by code point.</summary>
    static string Shown(string c) => char.IsControl(c, 0) || char.IsWhiteSpace(c, 0) || c.Length == 1 && char.GetUnicodeCategory(c[0]) == System.Globalization.UnicodeCategory.Format
        ? $"U+{char.ConvertToUtf32(c, 0):X4}" : $"`{c}`";
    public static Diagnostic SlugDuplicate(SourceLocation at, string kind, string slug, SourceLocation other) =>
        Error("SLUG_DUPLICATE", at, $"{kind} `{slug}` is also defined in {other.File}", "rename one of the two files (names that differ only in case, spaces or Unicode normalisation make the same slug)");

    public static Diagnostic SlugReserved(SourceLocation at, string taxonomy, string slug) =>
        Error("SLUG_RESERVED", at, $"the term `{taxonomy}/{slug}` would have the address of the matrix of {taxonomy} × {slug} (`/{taxonomy}/{slug}/`)",
            $"rename the file, or leave the pair [{taxonomy}, {slug}] out of `matrices:` in site.yml");

    // Site settings
    public static Diagnostic SiteInvalid(SourceLocation at, string message, string fix) =>
        Error("SITE_INVALID", at, message, fix);

    // Interface text (theme/i18n/<language>.yml, input/i18n/<language>.yml)
    public static Diagnostic TextFileMissing(SourceLocation at, string language, string file) =>
        Error("TEXT_MISSING", at, $"the theme has no interface text for `language: {language}`",
            $"create {file} with every key of theme/i18n/en.yml translated (see README: adding a language), or pick a language the theme has");
    public static Diagnostic TextMissing(SourceLocation at, string key, string language, string file) =>
        Error("TEXT_MISSING", at, $"the interface text `{key}` is missing for `{language}`", $"add `{key}:` to {file}");
    public static Diagnostic TextInvalid(SourceLocation at, string key, string problem, string fix) =>
        Error("TEXT_INVALID", at, $"the interface text `{key}` {problem}", fix);

    // Articles
    public static Diagnostic OriginalNotFound(SourceLocation at, string path) =>
        Error("ORIGINAL_NOT_FOUND", at, $"the original `{path}` does not exist", "put the original text under input/sources/, or correct `original:`");
    public static Diagnostic MovedNotFound(SourceLocation at, string text) =>
        Error("ORIGINAL_MOVED_NOT_FOUND", at, $"the moved text `{text}` is not in the original", "copy the text exactly as the original has it");
    public static Diagnostic FidelityMismatch(SourceLocation at, string expected, string actual, SourceLocation original) =>
        Error("FIDELITY_MISMATCH", at, $"the article's text differs from its original at {original}: the original has `{expected}`, the article has `{actual}`", "restore the original wording here; fidelity to the source is the point of the archive");
    public static Diagnostic FidelityMissingText(SourceLocation at, string expected, SourceLocation original) =>
        Error("FIDELITY_MISMATCH", at, $"the article ends before its original does: {original} continues with `{expected}`", "copy the rest of the original into the article");

    public static Diagnostic MarkdownTooDeep(SourceLocation at) =>
        Error("MARKDOWN_TOO_DEEP", at, "the Markdown nests quotes, lists or brackets deeper than a page can show", "remove the run of `>`, `-`, `[` or `*` that starts here");

    // What authors write beyond Markdown
    public static Diagnostic HtmlInArticle(SourceLocation at) =>
        Error("HTML_IN_ARTICLE", at, "an article holds its original's text and nothing else, and this is raw HTML", "remove the HTML; for a photo caption use `^^^` then `^^^ caption`, and put remarks in a note");
    public static Diagnostic HtmlNotAllowed(SourceLocation at, string problem, string allowed) =>
        Error("HTML_NOT_ALLOWED", at, problem, $"write it in Markdown, or use only {allowed}");
    public static Diagnostic UrlNotAllowed(SourceLocation at, string url, string problem) =>
        Error("URL_NOT_ALLOWED", at, $"the link `{(url.Length > 60 ? url[..60] + "…" : url)}` is not allowed: {problem}", "link to an https:// address or to a page of this site (`xref:` or a path starting with /)");

    // Annotations
    public static Diagnostic ArticleUnknown(SourceLocation at, string slug, string hint) =>
        Error("ARTICLE_UNKNOWN", at, $"no article `{slug}` for this annotation folder", hint);
    public static Diagnostic QuoteEmpty(SourceLocation at) =>
        Error("QUOTE_EMPTY", at, "the quote is empty", "copy the exact passage from the article into `quote:`");
    public static Diagnostic QuoteNotFound(SourceLocation at, string quote, string closest, SourceLocation closestAt) =>
        Error("QUOTE_NOT_FOUND", at, $"the quote `{quote}` is not in the article", $"the closest passage is `{closest}` at {closestAt}; copy it exactly");
    public static Diagnostic QuoteAmbiguous(SourceLocation at, string quote, IEnumerable<string> occurrences) =>
        Error("QUOTE_AMBIGUOUS", at, $"the quote `{quote}` occurs more than once", "add a `prefix:` or `suffix:` to pick one: " + string.Join("; ", occurrences));

    // Revisions: earlier versions of an article, and notes written on them. A passage may span paragraphs; a
    // diagnostic is one line, so its line breaks are shown as \n, as YAML writes them.
    static string OneLine(string text) => text.Replace("\n", "\\n");
    public static Diagnostic RevisionsOutOfOrder(SourceLocation at, DateOnly date, DateOnly previous) =>
        Error("REVISIONS_OUT_OF_ORDER", at, $"`revisions:` lists the version of {date:yyyy-MM-dd} after the one of {previous:yyyy-MM-dd}; versions go oldest first, one per date", "order the entries by date, oldest first (a date names one version: of two on the same day, keep the later)");
    public static Diagnostic UpdatedNotAfterRevisions(SourceLocation at, DateOnly updated, DateOnly last) =>
        Error("REVISIONS_OUT_OF_ORDER", at, $"`updated: {updated:yyyy-MM-dd}` is not after the last earlier version ({last:yyyy-MM-dd})", "`updated:` is the date of the current text: give it a date after every one in `revisions:`");
    public static Diagnostic RevisionOriginalNotFound(SourceLocation at, string path, DateOnly date) =>
        Error("ORIGINAL_NOT_FOUND", at, $"the version of {date:yyyy-MM-dd} names `{path}`, which does not exist", "put that version's text under input/sources/, or correct this entry's `original:`");
    public static Diagnostic RevisionUnknown(SourceLocation at, DateOnly date, string article, string versions) =>
        Error("REVISION_UNKNOWN", at, $"`revision: {date:yyyy-MM-dd}` names no version of the article `{article}`", $"use one of its versions ({versions}), or remove `revision:` if the quote is from the current text");
    public static Diagnostic QuoteNotInVersion(SourceLocation at, string quote, DateOnly version, string closest, SourceLocation closestAt) =>
        Error("QUOTE_NOT_FOUND", at, $"the quote `{OneLine(quote)}` is not in the version of {version:yyyy-MM-dd} that `revision:` names", $"the closest passage there is `{OneLine(closest)}` at {closestAt}; copy it exactly, or correct `revision:`");
    public static Diagnostic QuoteAmbiguousInVersion(SourceLocation at, string quote, DateOnly version, IEnumerable<SourceLocation> occurrences) =>
        Error("QUOTE_AMBIGUOUS", at, $"the quote `{OneLine(quote)}` occurs more than once in the version of {version:yyyy-MM-dd} (at {string.Join(", ", occurrences)})", "add a `prefix:` or `suffix:` (the text right before or after it in that version) to pick one");
    public static Diagnostic AnchorMoved(SourceLocation at, string quote, DateOnly version, SourceLocation now, string lines) =>
        new("ANCHOR_MOVED", Severity.Suggestion, at, $"the passage `{OneLine(quote)}` of the version of {version:yyyy-MM-dd} is unchanged but has moved, to {now}; the note is shown there", $"nothing needs doing; to anchor it on the current text directly, {lines}");
    public static Diagnostic AnchorChanged(SourceLocation at, string quote, DateOnly version, string passage, double similarity, SourceLocation now, string lines) =>
        Warning("ANCHOR_CHANGED", at, $"the passage `{OneLine(quote)}` of the version of {version:yyyy-MM-dd} was edited: the current text has `{OneLine(passage)}` at {now} (similarity {similarity:0.00}); the note is shown there, marked as written on an earlier text", $"check that the note still holds, then {lines}");
    public static Diagnostic AnchorOrphaned(SourceLocation at, string quote, DateOnly version, string closest, double similarity, SourceLocation closestAt, string lines) =>
        Error("ANCHOR_ORPHANED", at, $"the passage `{OneLine(quote)}` of the version of {version:yyyy-MM-dd} is gone from the current text; the closest passage now is `{OneLine(closest)}` at {closestAt} (similarity {similarity:0.00})", $"if the note applies there, {lines}; otherwise add `orphaned: accepted` to list it at the end of the article under its original quote");

    // Taxonomies and cross-links
    public static Diagnostic TaxonomyUnknown(SourceLocation at, string key, string hint) =>
        Error("TAXONOMY_UNKNOWN", at, $"no taxonomy `{key}` is declared in site.yml", hint);
    /// <param name="validSlug">Whether the slug could name a file: only then is creating one suggested.</param>
    public static Diagnostic TermUnknown(SourceLocation at, string taxonomy, string slug, string hint, bool validSlug) =>
        Error("TERM_UNKNOWN", at, $"no term `{slug}` in `{taxonomy}`", validSlug ? $"{hint} (or create input/tags/{taxonomy}/{slug}.md)" : hint);
    public static Diagnostic TermUnused(SourceLocation at, string taxonomy, string slug) =>
        Warning("TERM_UNUSED", at, $"nothing is tagged `{taxonomy}: {slug}`", "tag an article or note with it, or remove the file");
    public static Diagnostic TagSuggested(SourceLocation at, string found, string taxonomy, string slug) =>
        new("TAG_SUGGESTED", Severity.Suggestion, at, $"`{found}` appears here but the item is not tagged `{taxonomy}: {slug}`", $"add `{slug}` to `{taxonomy}:` if it is about it");
    public static Diagnostic XrefInvalid(SourceLocation at, string target) =>
        Error("XREF_INVALID", at, $"`{target}` is not a cross-link of the form xref:<kind>/<slug>", "write `xref:<taxonomy key>/<term slug>`, `xref:articles/<slug>` or `xref:annotations/<id>`");
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

    // Output folder: a build deletes only what it made
    public static Diagnostic OutputUnusable(SourceLocation at, string why) =>
        Error("OUTPUT_UNUSABLE", at, $"the output folder {why}", "pass --output with a new or empty folder");
    public static Diagnostic OutputOverlapsInput(SourceLocation at, string output, string input) =>
        Error("OUTPUT_OVERLAPS_INPUT", at, $"the output folder `{output}` is, holds, or lies inside the input folder `{input}`, and a build replaces its output", "pass --output with a folder outside the input, e.g. `output` beside it");
    public static Diagnostic OutputHoldsRepository(SourceLocation at, string output) =>
        Error("OUTPUT_HOLDS_REPOSITORY", at, $"the output folder `{output}` holds a `.git` repository, and a build replaces its output", "pass --output with a folder of its own, e.g. `output`; to publish from a repository, copy the built folder into it");
    public static Diagnostic OutputNotOurs(SourceLocation at, string output, string markerName) =>
        Error("OUTPUT_NOT_OURS", at, $"the folder `{output}` is not empty and was not made by `archive build` (it has no {markerName} file)", "pass --output with a new or empty folder, or add --force to write the site beside its files (none of them is deleted or replaced); if an earlier version of archive built it, delete the folder yourself once and build again");
    public static Diagnostic OutputConflict(string output, string entry) =>
        Error("OUTPUT_CONFLICT", SourceLocation.StartOf(Path.Combine(output, entry)), $"`{entry}` in the output folder is not the build's, and the new site has a page or folder there", "move or rename your file; the build never replaces a file it did not make");
    public static Diagnostic OutputLeftover(string folder, string entry) =>
        Warning("OUTPUT_LEFTOVER", SourceLocation.StartOf(Path.Combine(folder, entry)), $"your file `{entry}` could not be moved back into the output folder, because that place is taken", $"move it yourself from {folder}; the build leaves that folder alone until it holds only its own files");
    public static Diagnostic ContentFolderMissing(string folder) =>
        Error("INPUT_MISSING", SourceLocation.StartOf(folder), "the content folder does not exist; a build without it would publish an empty site", "pass --input with the folder that holds site.yml and articles/");

    // Output
    public static Diagnostic SiteImageMissing(string file) =>
        Warning("SITE_IMAGE_MISSING", SourceLocation.StartOf(file), "the theme has no shared-link card: pages name no og:image, so shared links show no picture",
            "add a PNG here, 1200×630 pixels");
    public static Diagnostic LinkBroken(SourceLocation at, string page, string href, string reason) =>
        Error("LINK_BROKEN", at, $"the page /{page} links to `{href}`, which {reason}", "fix the link in the source file, or the layout that wrote it");
}
