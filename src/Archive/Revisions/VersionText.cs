namespace Archive.Revisions;

/// <summary>
/// The form in which versions of an article are compared: what the fidelity check compares, with paragraph breaks
/// kept. The passages an article moved into front matter (<c>moved:</c>) are taken out of every version that holds
/// them; a run of white space that holds a line break becomes one '\n', any other run of two or more one space
/// (a single space, full-width ones included, stays as written: quotes hold them); leading and trailing white space
/// goes. The current version is the article's rendered text (blocks joined by '\n') in the same form, so an earlier
/// version that differs only in line wrapping or blank lines compares equal to it.
/// </summary>
public static class VersionText
{
    /// <summary>An earlier version's file text in comparable form.</summary>
    public static string Of(string source, IReadOnlyList<string> moved) => Normalise(Masked(source, moved), null);

    /// <summary>For each character of <see cref="Of"/>'s result, the index in <paramref name="source"/> it came from (for diagnostics).</summary>
    public static int[] TraceOf(string source, IReadOnlyList<string> moved)
    {
        var masked = Masked(source, moved);
        var trace = new int[masked.Length + 1];
        var length = Normalise(masked, trace).Length;
        return trace[..length];
    }

    /// <summary>
    /// The current text in comparable form, and where each of its characters sits in the article's joined text; the
    /// map is null when the two are the same, as they are for text Markdig extracted (it trims every line).
    /// </summary>
    public static CurrentText Current(string joined)
    {
        var trace = new int[joined.Length + 1];
        var text = Normalise(joined, trace);
        return text == joined ? new CurrentText(joined, joined, null) : new CurrentText(joined, text, trace[..text.Length]);
    }

    static string Masked(string source, IReadOnlyList<string> moved)
    {
        if (moved.Count == 0) return source;
        var chars = source.ToCharArray();
        // As the fidelity check does: each moved passage's first occurrence, blanked so the positions stay.
        foreach (var passage in moved)
        {
            var at = source.IndexOf(passage, StringComparison.Ordinal);
            if (at >= 0) Array.Fill(chars, ' ', at, passage.Length);
        }
        return new string(chars);
    }

    static string Normalise(string text, int[]? trace)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                if (trace is not null) trace[result.Length] = i;
                result.Append(text[i++]);
                continue;
            }
            var start = i;
            var newline = false;
            while (i < text.Length && char.IsWhiteSpace(text[i])) newline |= text[i++] == '\n';
            if (start == 0 || i == text.Length) continue;
            if (trace is not null) trace[result.Length] = start;
            result.Append(newline ? '\n' : i - start == 1 ? text[start] : ' ');
        }
        return result.ToString();
    }
}

/// <summary>The current version in comparable form (<see cref="Text"/>) and the way back to the article's joined text.</summary>
public sealed record CurrentText(string Joined, string Text, int[]? ToJoined)
{
    /// <summary>The stretch of the joined text that <c>Text[start..end)</c> came from.</summary>
    public (int Start, int End) InJoined(int start, int end)
    {
        if (ToJoined is null) return (start, end);
        if (end <= start) { var at = start < ToJoined.Length ? ToJoined[start] : Joined.Length; return (at, at); }
        return (ToJoined[start], ToJoined[end - 1] + 1);
    }
}
