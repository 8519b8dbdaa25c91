using Archive.Diagnostics;

namespace Archive.Incremental;

/// <summary>
/// The whole archive's diagnostics after an incremental rebuild, so that preview reports what a full build of the same
/// input reports: the last build's list without what came from the edited files, without what the rebuild computed
/// again for the documents around them (<c>retracted</c>: the same checks run on the state before the edit), and with
/// what the rebuild found. Only the files those name are touched: each is found by binary search in the list, which is
/// in file order, and its run replaced; the rest is copied as it is.
/// </summary>
public static class ArchiveDiagnostics
{
    /// <param name="before">In <see cref="DiagnosticBag.InFileOrder"/>, as every report lists them.</param>
    public static IReadOnlyList<Diagnostic> After(IReadOnlyList<Diagnostic> before, IReadOnlySet<string> changedFiles, DiagnosticBag retracted, DiagnosticBag found)
    {
        // Multiset removal: a diagnostic the rebuild computes again is dropped once for each time it was computed before.
        var stale = retracted.Sorted().GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var added = found.Sorted();
        var files = changedFiles.Concat(stale.Keys.Select(d => d.Location.File)).Concat(added.Select(d => d.Location.File))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var result = new List<Diagnostic>(before);
        foreach (var file in files)
        {
            var start = FirstAtOrAfter(result, file, inclusive: true);
            var end = FirstAtOrAfter(result, file, inclusive: false);
            var run = result.GetRange(start, end - start)
                .Where(d => !changedFiles.Contains(file) && !Take(stale, d))
                .Concat(added.Where(d => d.Location.File == file))
                .Order(DiagnosticBag.InFileOrder)
                .ToList();
            result.RemoveRange(start, end - start);
            result.InsertRange(start, run);
        }
        return result;
    }

    static bool Take(Dictionary<Diagnostic, int> stale, Diagnostic diagnostic)
    {
        if (!stale.TryGetValue(diagnostic, out var n) || n == 0) return false;
        stale[diagnostic] = n - 1;
        return true;
    }

    /// <summary>The index of the first diagnostic whose file sorts at or after (<paramref name="inclusive"/>) or after <paramref name="file"/>.</summary>
    static int FirstAtOrAfter(List<Diagnostic> list, string file, bool inclusive)
    {
        var (low, high) = (0, list.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            var order = string.CompareOrdinal(list[mid].Location.File, file);
            if (order < 0 || (!inclusive && order == 0)) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
