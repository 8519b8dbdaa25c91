using Archive.Diagnostics;
using Archive.Engine;
using Archive.Input;
using Archive.Model;

namespace Archive.Pipelines;

/// <summary>
/// What preview keeps from one build to the next so that a build analyses only the files that changed: each file by
/// path and content (<see cref="KnownFiles"/>), and what every per-document module made of it, with the diagnostics
/// it reported (<see cref="DocumentMemo{TRun}"/>). A per-document module reads its document and the run's settings;
/// the fidelity check also reads the article's original, and parsing reads an article's earlier versions. An edit to
/// anything but an article, note or term file may change what those read, so it clears the cache (<see cref="Clear"/>).
/// </summary>
public sealed class AnalysisCache
{
    public KnownFiles Files { get; } = new();

    public DocumentMemo<BuildContext> Documents { get; } = new(
        build => build with { Diagnostics = new DiagnosticBag() },
        (own, into) => into.Diagnostics.AddFrom(own.Diagnostics));

    public void Clear()
    {
        Files.Clear();
        Documents.Clear();
    }

    /// <summary>
    /// True when an edit of these files leaves every other file's analysis valid: each is an article, a note or a term
    /// (a Markdown file where <see cref="ArchivePipelines"/> reads them). Anything else, or an edit of unknown files
    /// (none named), may change what every document's analysis read.
    /// </summary>
    public static bool KeepsOthersValid(string inputDirectory, IReadOnlyCollection<string> changedPaths) =>
        changedPaths.Count > 0 && changedPaths.All(path =>
        {
            var parts = Path.GetRelativePath(Path.GetFullPath(inputDirectory), Path.GetFullPath(path)).Split(Path.DirectorySeparatorChar);
            return parts[^1].EndsWith(".md", StringComparison.Ordinal) && parts switch
            {
                ["articles", _] => true,
                ["annotations" or "tags", _, _] => true,
                _ => false,
            };
        });
}
