using System.Text;

namespace Archive.Revisions;

/// <summary>
/// The front matter lines that anchor a passage of the current text exactly as today's notes are anchored: its
/// <c>quote:</c>, and the shortest <c>prefix:</c> (else <c>suffix:</c>) that singles it out when it occurs more than
/// once. Diagnostics hand them to the editor to copy.
/// </summary>
public static class SelectorLines
{
    /// <summary>Longest context tried; the W3C TextQuoteSelector's customary context is about this long.</summary>
    const int MaxContext = 32;

    /// <summary>An instruction such as: write `quote: "…"` and `prefix: "…"` (with no `suffix:`), and remove `revision:`.</summary>
    public static string For(string text, int start, int end)
    {
        var (quote, prefix, suffix) = Selector(text, start, end);
        var lines = new List<string> { $"`quote: {Yaml(quote)}`" };
        if (prefix.Length > 0) lines.Add($"`prefix: {Yaml(prefix)}`");
        if (suffix.Length > 0) lines.Add($"`suffix: {Yaml(suffix)}`");
        var without = new[] { "prefix", "suffix" }.Where(k => k == "prefix" ? prefix.Length == 0 : suffix.Length == 0).Select(k => $"`{k}:`");
        return $"write {string.Join(" and ", lines)} (with no {string.Join(" or ", without.DefaultIfEmpty("other selector"))}) and remove `revision:`";
    }

    public static (string Quote, string Prefix, string Suffix) Selector(string text, int start, int end)
    {
        var quote = text[start..end];
        var matches = new List<int>();
        for (var i = text.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = text.IndexOf(quote, i + 1, StringComparison.Ordinal)) matches.Add(i);
        if (matches.Count <= 1) return (quote, "", "");
        for (var n = 1; n <= MaxContext && start - n >= 0; n++)
        {
            var prefix = text.Substring(start - n, n);
            if (matches.Count(m => m >= n && string.CompareOrdinal(text, m - n, prefix, 0, n) == 0) == 1) return (quote, prefix, "");
        }
        for (var n = 1; n <= MaxContext && end + n <= text.Length; n++)
        {
            var suffix = text.Substring(end, n);
            if (matches.Count(m => m + quote.Length + n <= text.Length && string.CompareOrdinal(text, m + quote.Length, suffix, 0, n) == 0) == 1) return (quote, "", suffix);
        }
        return (quote, text[Math.Max(0, start - MaxContext)..start], text[end..Math.Min(text.Length, end + MaxContext)]);
    }

    /// <summary>A YAML double-quoted scalar: backslash and double quote escaped, line breaks and control characters as escapes.</summary>
    public static string Yaml(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return text.Append('"').ToString();
    }
}
