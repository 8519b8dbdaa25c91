using Archive.Diagnostics;

namespace Archive.Incremental;

/// <summary>
/// The whole archive's diagnostics after an incremental rebuild, so that preview reports what a full build of the same
/// input reports: the last build's list without what came from the edited files, without what the rebuild computed
/// again for the documents around them (<paramref name="retracted"/>: the same checks run on the state before the
/// edit), and with what the rebuild found.
/// </summary>
public static class ArchiveDiagnostics
{
    public static IReadOnlyList<Diagnostic> After(IReadOnlyList<Diagnostic> before, IReadOnlySet<string> changedFiles, DiagnosticBag retracted, DiagnosticBag found)
    {
        var kept = new DiagnosticBag();
        // Multiset removal: a diagnostic the rebuild computes again is dropped once for each time it was computed before.
        var stale = retracted.Sorted().GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        foreach (var diagnostic in before)
        {
            if (changedFiles.Contains(diagnostic.Location.File)) continue;
            if (stale.TryGetValue(diagnostic, out var n) && n > 0) { stale[diagnostic] = n - 1; continue; }
            kept.Add(diagnostic);
        }
        foreach (var diagnostic in found.Sorted()) kept.Add(diagnostic);
        return kept.Sorted();
    }
}
