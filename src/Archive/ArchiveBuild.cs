using System.Diagnostics;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Input;
using Archive.Linking;
using Archive.Model;
using Archive.Output;
using Archive.Parsing;
using Archive.Pipelines;

namespace Archive;

public sealed record BuildOptions(
    string InputDirectory,
    string OutputDirectory,
    string ThemeDirectory,
    string? BaseUrl = null,
    bool WriteOutput = true,
    string? LiveReloadScript = null,
    bool IndexSearch = true,
    bool KeepSearchIndex = false,
    bool Force = false,
    Action<string>? Progress = null,
    Linking.CatalogCache? CatalogCache = null,
    AnalysisCache? AnalysisCache = null,
    int SearchPartitionSize = Search.SearchSetup.DefaultPartitionSize);

public sealed record BuildReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    int DocumentsRead,
    int PagesWritten,
    IReadOnlyList<PhaseTiming> Timings,
    TimeSpan Elapsed,
    Catalog? Catalog)
{
    /// <summary>Every pipeline's documents, for preview to carry over to the next rebuild.</summary>
    public EngineResult? Result { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int Suggestions => Diagnostics.Count(d => d.Severity == Severity.Suggestion);
}

/// <summary>
/// One build, start to finish: settings, the pipelines through all four phases, then the swap into output/.
/// <c>check</c> is this without the output phase.
/// </summary>
public static class ArchiveBuild
{
    /// <summary>Where Pagefind writes the search index in the site.</summary>
    const string SearchIndexFolder = "pagefind";

    public static BuildReport Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var site = ReadSiteSettings.Read(options.InputDirectory, diagnostics, options.BaseUrl, options.ThemeDirectory);
        if (site is null || diagnostics.HasErrors)
            return new BuildReport(diagnostics.Sorted(), 0, 0, [], clock.Elapsed, null);

        string? output = null;
        if (options.WriteOutput)
        {
            output = OutputGuard.Resolve(options.OutputDirectory, options.InputDirectory, options.Force, diagnostics);
            if (output is null) return new BuildReport(diagnostics.Sorted(), 0, 0, [], clock.Elapsed, null);
            StagingFolder.RecoverLeftovers(output, diagnostics);
        }
        // Preview builds with IndexSearch off and KeepSearchIndex on, and brings the index up to date in the background.
        var search = options.WriteOutput && options.IndexSearch
            ? Search.SearchSetup.For(options.InputDirectory, output ?? options.OutputDirectory, options.SearchPartitionSize, diagnostics) : null;
        StagingFolder.Claimed? claimed = null;
        try
        {
            if (output is not null) claimed = StagingFolder.Create(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Problems.OutputUnusable(SourceLocation.StartOf(options.OutputDirectory), $"cannot be written beside ({e.Message})"));
            return new BuildReport(diagnostics.Sorted(), 0, 0, [], clock.Elapsed, null);
        }
        var staging = claimed?.Path;
        try
        {
            var build = new BuildContext(options.InputDirectory, options.ThemeDirectory, site, diagnostics);
            var writer = claimed is null ? null : new SiteWriter(claimed.Path, claimed.Existing);
            var engine = ArchiveEngine.Of(ArchivePipelines.Create(new PipelineServices(writer, staging)
            {
                Search = search,
                SearchIndexKept = options.KeepSearchIndex,
                CatalogCache = options.CatalogCache,
                LiveReloadScript = options.LiveReloadScript,
                KnownFiles = options.AnalysisCache?.Files,
            }));
            var result = engine.Run(build, options.WriteOutput ? Phase.Publish : Phase.Render, options.Progress, memo: options.AnalysisCache?.Documents);

            var read = result.OutputsOf<Article>(PipelineNames.Articles).Count()
                       + result.OutputsOf<Annotation>(PipelineNames.Annotations).Count()
                       + result.OutputsOf<Term>(PipelineNames.Terms).Count() + 1;
            var pages = result.OutputsOf<WrittenPage>(PipelineNames.Pages).Count();
            var catalog = result.OutputsOf<Catalog>(PipelineNames.Catalog).SingleOrDefault();

            if (staging is not null && output is not null)
            {
                var swapClock = Stopwatch.StartNew();
                // Preview re-indexes search only on its first build and carries that index over after.
                string[] carry = options.KeepSearchIndex ? [SearchIndexFolder] : [];
                if (diagnostics.HasErrors || !StagingFolder.Swap(staging, output, AllWritten(writer!, staging), carry, diagnostics))
                    StagingFolder.Retire(staging, output);
                result = result with { Modules = [.. result.Modules, new ModuleTiming(Phase.Publish, "-", "SwapIntoOutput", swapClock.Elapsed, TimeSpan.Zero, GC.GetTotalMemory(false))] };
            }
            var written = options.WriteOutput && !diagnostics.HasErrors ? pages : 0;
            return new BuildReport(diagnostics.Sorted(), read, written, result.Timings, clock.Elapsed, catalog) { Result = result };
        }
        catch
        {
            if (output is not null) StagingFolder.Retire(staging, output);
            throw;
        }
    }

    /// <summary>The files the build made in staging: what its writer wrote, and the search index Pagefind wrote beside.</summary>
    static IReadOnlySet<string> AllWritten(SiteWriter writer, string staging)
    {
        var written = writer.Written();
        var index = Path.Combine(staging, SearchIndexFolder);
        if (Directory.Exists(index))
            written.UnionWith(Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(staging, f).Replace('\\', '/')));
        return written;
    }
}
