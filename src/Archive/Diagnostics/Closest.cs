using Quickenshtein;

namespace Archive.Diagnostics;

/// <summary>"Did you mean" candidates: the known names nearest to a mistyped one by edit distance.</summary>
public static class Closest
{
    public static IReadOnlyList<string> Among(string wanted, IEnumerable<string> known, int max = 3)
    {
        var limit = Math.Max(2, wanted.Length / 2);
        return known.Distinct()
            .Select(k => (Name: k, Distance: Levenshtein.GetDistance(wanted, k)))
            .Where(c => c.Distance <= limit || c.Name.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(c.Name, StringComparison.Ordinal))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(max).Select(c => c.Name).ToList();
    }

    /// <summary>"did you mean `a` or `b`?" or, when nothing is near, the list of what exists.</summary>
    public static string Hint(string wanted, IReadOnlyCollection<string> known, string what)
    {
        var near = Among(wanted, known);
        if (near.Count > 0) return "did you mean " + string.Join(" or ", near.Select(n => $"`{n}`")) + "?";
        if (known.Count == 0) return $"no {what} exists yet; create it first";
        var sample = known.Order(StringComparer.Ordinal).Take(8).Select(n => $"`{n}`");
        return $"known {what}: " + string.Join(", ", sample) + (known.Count > 8 ? ", …" : "");
    }
}
