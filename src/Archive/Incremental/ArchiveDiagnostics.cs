using Archive.Diagnostics;

namespace Archive.Incremental;

/// <summary>
/// The whole archive's diagnostics after an incremental rebuild, so that preview reports what a full build of the same
/// input reports: the last build's list without what came from the edited files, without what the rebuild computed
/// again for the documents around them (<c>retracted</c>: the same checks run on the state before the edit), and with
/// what the rebuild found. Linear in the archive's diagnostics: both lists are in file order, and are merged.
/// </summary>
public static class ArchiveDiagnostics
{
    /// <param name="before">In <see cref="DiagnosticBag.InFileOrder"/>, as every report lists them.</param>
    public static IReadOnlyList<Diagnostic> After(IReadOnlyList<Diagnostic> before, IReadOnlySet<string> changedFiles, DiagnosticBag retracted, DiagnosticBag found)
    {
        // Multiset removal: a diagnostic the rebuild computes again is dropped once for each time it was computed before.
        var stale = retracted.Sorted().GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var staleFiles = stale.Keys.Select(d => d.Location.File).ToHashSet(StringComparer.Ordinal);
        var added = found.Sorted();
        var merged = new List<Diagnostic>(before.Count + added.Count);
        var next = 0;
        foreach (var diagnostic in before)
        {
            var file = diagnostic.Location.File;
            if (changedFiles.Contains(file)) continue;
            if (staleFiles.Contains(file) && stale.TryGetValue(diagnostic, out var n) && n > 0) { stale[diagnostic] = n - 1; continue; }
            while (next < added.Count && DiagnosticBag.InFileOrder.Compare(added[next], diagnostic) < 0) merged.Add(added[next++]);
            merged.Add(diagnostic);
        }
        while (next < added.Count) merged.Add(added[next++]);
        return merged;
    }
}
