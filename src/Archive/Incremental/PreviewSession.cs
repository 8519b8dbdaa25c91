using System.Collections.Concurrent;
using System.Diagnostics;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Linking;
using Archive.Model;
using Archive.Output;
using Archive.Parsing;
using Archive.Pipelines;
using Archive.Rendering;

namespace Archive.Incremental;

/// <summary>
/// Preview's memory of the last good build. When a save only edits existing articles or notes, it re-parses those
/// files, rebuilds the catalog reusing everything unchanged, renders only the pages the edit touches, and rewrites
/// only the files whose bytes changed. Anything else (a new or deleted file, a term, site.yml, the theme) is a full
/// build. Nothing is written unless the whole change validates.
/// </summary>
public sealed class PreviewSession(BuildOptions options) : IDisposable
{
    State? _state;

    /// <summary>Each file's analysis from earlier builds, reused by full builds and saves alike for files that did not change.</summary>
    readonly AnalysisCache _analysis = new();

    // Search: preview never waits for Pagefind. Every build carries the last index over, and after each good rebuild
    // the index is brought up to date in the background (SearchRefresh), taking this lock to write into output/.
    readonly object _output = new();
    Search.SearchRefresh? _search;
    bool _searchChecked;

    /// <summary>After each background refresh of the search index: what it did, or why it failed.</summary>
    public event Action<Search.SearchIndexReport>? SearchRefreshed;

    sealed record State(
        BuildContext Build,
        Dictionary<string, Article> Articles,
        Dictionary<string, Annotation> Notes,
        List<Term> Terms,
        Catalog Catalog,
        CatalogCache Cache,
        Dictionary<string, WrittenPage> Pages,
        HashSet<string> Written,
        IReadOnlyList<Diagnostic> Diagnostics,
        bool HasUnknownKinds);

    /// <summary>
    /// What a rebuild did: the report (every diagnostic of the whole archive, as a full build reports them), how many
    /// pages it rendered, how many files it rewrote, why it built everything (null when it rebuilt only what the edit
    /// touched), and (incremental only) how long each step took, for profiling.
    /// </summary>
    public sealed record Outcome(BuildReport Report, string? FullBuildReason, int Rendered, int Rewritten, IReadOnlyList<(string Step, TimeSpan Took)>? Steps = null)
    {
        public bool Incremental => FullBuildReason is null;
    }

    /// <summary>Why the first rebuild of a session builds everything.</summary>
    public const string FirstBuild = "first build";

    /// <summary>An incremental rebuild that could not be done, and why: a full build follows.</summary>
    sealed record Fallback(string Reason);

    public Outcome Rebuild(IReadOnlyCollection<string> changedPaths)
    {
        Outcome outcome;
        lock (_output) outcome = RebuildLocked(changedPaths);
        if (outcome.Report.Succeeded && _state is not null && _search is not null)
        {
            var scope = new Search.SearchScope(_state.Catalog.Site);
            _search.Request([.. _state.Pages.Keys.Where(scope.Indexes)]);
        }
        return outcome;
    }

    Outcome RebuildLocked(IReadOnlyCollection<string> changedPaths)
    {
        var reason = FirstBuild;
        if (_state is not null)
            switch (TryIncremental(_state, changedPaths))
            {
                case Outcome outcome: return outcome;
                case Fallback fallback: reason = fallback.Reason; break;
            }
        if (_state is null && _searchChecked) reason = "the last build failed";
        var searchWarnings = StartSearch();
        if (!AnalysisCache.KeepsOthersValid(options.InputDirectory, changedPaths)) _analysis.Clear();
        var cache = _analysis.Catalog;
        var full = options with { CatalogCache = cache, AnalysisCache = _analysis, IndexSearch = false, KeepSearchIndex = _search is not null };
        var report = ArchiveBuild.Run(full);
        if (searchWarnings.Count > 0) report = report with { Diagnostics = [.. searchWarnings, .. report.Diagnostics] };
        _state = report.Succeeded ? Capture(report, cache) : null;
        return new Outcome(report, reason, report.PagesWritten, report.PagesWritten);
    }

    /// <summary>Finds Pagefind and the search cache on the first build, or says (once) why there is no search.</summary>
    IReadOnlyList<Diagnostic> StartSearch()
    {
        if (_searchChecked || !options.IndexSearch) return [];
        _searchChecked = true;
        var diagnostics = new DiagnosticBag();
        if (Search.SearchSetup.For(options.InputDirectory, options.OutputDirectory, options.SearchPartitionSize, diagnostics) is { } setup)
        {
            _search = new Search.SearchRefresh(setup, options.OutputDirectory, _output);
            _search.Refreshed += report => SearchRefreshed?.Invoke(report);
        }
        return diagnostics.Sorted();
    }

    /// <summary>Waits for a search refresh in progress, and starts no other.</summary>
    public void Dispose() => _search?.Dispose();

    /// <param name="cache">Filled by the build itself, so nothing is computed twice.</param>
    State? Capture(BuildReport report, CatalogCache cache)
    {
        if (report.Result is not { } result || report.Catalog is null) return null;
        var site = report.Catalog.Site;
        var build = new BuildContext(options.InputDirectory, options.ThemeDirectory, site, new DiagnosticBag());
        var pages = result.OutputsOf<WrittenPage>(PipelineNames.Pages).ToDictionary(p => p.Path);
        return new State(build,
            result.OutputsOf<Article>(PipelineNames.Articles).ToDictionary(a => a.Location.File),
            result.OutputsOf<Annotation>(PipelineNames.Annotations).ToDictionary(n => n.Location.File),
            result.OutputsOf<Term>(PipelineNames.Terms).ToList(),
            report.Catalog, cache,
            pages,
            // An incremental rebuild never changes the set of files (that is a full build), so the link check's list is kept.
            LinkCheck.WrittenFiles(pages.Keys, result.OutputsOf<CopiedFile>(PipelineNames.Assets),
                options.LiveReloadScript is null ? [] : [options.LiveReloadScript]),
            report.Diagnostics,
            DirtyPages.OfUnknownKinds(new SitePages(report.Catalog, new ViewBuilder(report.Catalog), searchAvailable: true)).Any());
    }

    /// <summary>
    /// The modules that do not run on single documents whose work preview does itself: it patches the catalog, and the
    /// theme's assets do not change without a full build.
    /// </summary>
    static readonly string[] PatchedModules = [nameof(BuildCatalog), nameof(CopyThemeAssets)];

    /// <returns>The <see cref="Outcome"/> of an incremental rebuild, or the <see cref="Fallback"/> that says why there is none.</returns>
    object TryIncremental(State state, IReadOnlyCollection<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        var steps = new List<(string, TimeSpan)>();
        var lap = clock.Elapsed;
        void Step(string name) { steps.Add((name, clock.Elapsed - lap)); lap = clock.Elapsed; }
        var build = state.Build with { Diagnostics = new DiagnosticBag() };
        foreach (var path in changedPaths.Distinct())
        {
            var display = build.DisplayPath(Path.GetFullPath(path));
            if (!File.Exists(path)) return new Fallback($"{display} was deleted or renamed");
            if (!state.Articles.ContainsKey(display) && !state.Notes.ContainsKey(display))
                return new Fallback($"{display} is not an article or note the last build read (a new file, a term, site.yml, the theme)");
        }
        // The same pipelines as a build, on the edited files alone: every module that handles a document on its own
        // runs as it does in a build; the catalog is then patched from what they made.
        var analysed = ArchiveEngine.Of(ArchivePipelines.Create(new PipelineServices { OnlyFiles = changedPaths, KnownFiles = _analysis.Files }))
            .Run(build, Phase.Analyse, runs: module => module is IPerDocument, oneThread: true, memo: _analysis.Documents);
        if (analysed.Skipped.Values.Except(PatchedModules).FirstOrDefault() is { } unknown)
            return new Fallback($"{unknown} does not run on single documents, and preview has no patch for it");
        var changedArticles = analysed.OutputsOf<Article>(PipelineNames.Articles)
            .ToDictionary(a => a.Location.File, a => (Old: (Article?)state.Articles[a.Location.File], New: (Article?)a));
        var changedNotes = analysed.OutputsOf<Annotation>(PipelineNames.Annotations)
            .ToDictionary(n => n.Location.File, n => (Old: (Annotation?)state.Notes[n.Location.File], New: (Annotation?)n));
        var parsed = changedArticles.Keys.Concat(changedNotes.Keys).ToHashSet(StringComparer.Ordinal);
        var changed = changedPaths.Select(p => build.DisplayPath(Path.GetFullPath(p))).ToHashSet(StringComparer.Ordinal);
        if (build.Diagnostics.HasErrors) return Failed(state, build, clock, changed, null);
        if (changed.FirstOrDefault(f => !parsed.Contains(f)) is { } lost) return new Fallback($"{lost} gave no document");
        Step("parse");
        // A file saved without a change is handed out as the object the last build read, and so is all made from it:
        // it is no edit, and what its analysis reported again is already in the archive's list.
        var unchanged = changedArticles.Where(c => ReferenceEquals(c.Value.Old, c.Value.New)).Select(c => c.Key)
            .Concat(changedNotes.Where(c => ReferenceEquals(c.Value.Old, c.Value.New)).Select(c => c.Key)).ToHashSet(StringComparer.Ordinal);
        if (unchanged.Count > 0)
        {
            foreach (var file in unchanged) { changedArticles.Remove(file); changedNotes.Remove(file); }
            if (changedArticles.Count == 0 && changedNotes.Count == 0)
                return new Outcome(new BuildReport(state.Diagnostics, changedPaths.Count, 0, [], clock.Elapsed, state.Catalog), null, 0, 0, steps);
            var edited = new DiagnosticBag();
            foreach (var diagnostic in build.Diagnostics.Sorted().Where(d => !unchanged.Contains(d.Location.File))) edited.Add(diagnostic);
            build = build with { Diagnostics = edited };
        }
        var retracted = new DiagnosticBag();
        var changedFiles = changedArticles.Keys.Concat(changedNotes.Keys).ToHashSet(StringComparer.Ordinal);
        var catalog = CatalogPatch.Apply(state.Catalog, [.. changedArticles.Values.Select(c => (c.Old!, c.New!))],
            [.. changedNotes.Values.Select(c => (c.Old!, c.New!))], build.Diagnostics, retracted, state.Cache, out var patchFailure);
        if (build.Diagnostics.HasErrors) return Failed(state, build, clock, changedFiles, retracted);
        if (catalog is null) return new Fallback(patchFailure!);
        Step("catalog");

        var views = new ViewBuilder(catalog, options.LiveReloadScript is null ? null : catalog.Urls.Href(options.LiveReloadScript),
            SiteImage.In(options.ThemeDirectory));
        var pages = new SitePages(catalog, views, searchAvailable: true, state.Cache);
        var jobs = DirtyPages.Of(state.Catalog, catalog, pages, views, changedArticles.Values, changedNotes.Values);
        if (jobs is null) return new Fallback("the edit changes the set of pages or the order of a list (a term gained or lost a page, a date moved)");
        Step("dirty pages");

        // A note whose quote moved can regroup its article's annotated sections, and so the scope its neighbours'
        // exported selectors name: all of that article's notes are re-exported.
        var editedNotes = changedNotes.Values
            .SelectMany(c => c.Old!.Quote != c.New!.Quote ? catalog.AnchorsOf(c.New.ArticleSlug).Select(a => a.Annotation.Id) : [c.New.Id])
            .Concat(changedArticles.Values.SelectMany(c => catalog.AnchorsOf(c.New!.Slug)).Select(a => a.Annotation.Id)).ToHashSet();
        // The set of pages is unchanged here, so sitemap.xml and robots.txt are too; the feed and the export are not.
        if (state.HasUnknownKinds) jobs.AddRange(DirtyPages.OfUnknownKinds(pages));
        jobs.Add(pages.Feed());
        jobs.AddRange(pages.ExportPagesHolding(editedNotes));
        var rendered = new ConcurrentBag<OutputFile>();
        var fresh = RenderCheckWrite.Run(jobs, state.Written, catalog, build.Diagnostics, page => rendered.Add(page.Kept()), state.Pages.GetValueOrDefault);
        if (build.Diagnostics.HasErrors) return Failed(state, build, clock, changedFiles, retracted);
        Step("render and check");

        // Every file here already exists in output/ (the set of files is unchanged), so each is compared and only rewritten if it differs.
        var writer = new SiteWriter(options.OutputDirectory, state.Written);
        var rewritten = rendered.AsParallel().Count(file => writer.Write(file.Path, file.Content));
        foreach (var (file, (_, now)) in changedArticles) state.Articles[file] = now!;
        foreach (var (file, (_, now)) in changedNotes) state.Notes[file] = now!;
        foreach (var page in fresh) state.Pages[page.Path] = page;
        Step("write");
        var diagnostics = ArchiveDiagnostics.After(state.Diagnostics, changedFiles, retracted, build.Diagnostics);
        _state = state with { Catalog = catalog, Diagnostics = diagnostics };
        Step("diagnostics");
        var report = new BuildReport(diagnostics, changedPaths.Count, rewritten, [], clock.Elapsed, catalog);
        return new Outcome(report, null, fresh.Length, rewritten, steps);
    }

    /// <summary>A rebuild that found errors: it wrote nothing, and reports the archive's diagnostics as they are now.</summary>
    static Outcome Failed(State state, BuildContext build, Stopwatch clock, IEnumerable<string> changedFiles, DiagnosticBag? retracted) =>
        new(new BuildReport(ArchiveDiagnostics.After(state.Diagnostics, changedFiles.ToHashSet(StringComparer.Ordinal), retracted ?? new(), build.Diagnostics),
            0, 0, [], clock.Elapsed, null), null, 0, 0);
}
