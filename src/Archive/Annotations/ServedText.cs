using System.Net;
using System.Text;

namespace Archive.Annotations;

/// <summary>
/// The text a browser reads out of a stretch of our own rendered HTML: the data of its text nodes, in order, with
/// entities decoded — what W3C selectors and Apache Annotator count in — and where the <c>mark</c> elements in it begin
/// and end. It reads only the markup this generator writes (Markdig's and the allow-listed raw HTML): tags with quoted
/// or bare attributes and comments; no scripts, no CDATA.
/// </summary>
public static class ServedText
{
    /// <summary>The text of <paramref name="html"/>, and the span from the start of its first mark to the end of its last (-1 without marks).</summary>
    public static (string Text, int MarkStart, int MarkEnd) Of(string html)
    {
        var text = new StringBuilder(html.Length);
        var (markStart, markEnd) = (-1, -1);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var runEnd = lt < 0 ? html.Length : lt;
            if (runEnd > i) text.Append(WebUtility.HtmlDecode(html[i..runEnd]));
            if (lt < 0) break;
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var end = TagEnd(html, lt);
            var tag = html.AsSpan(lt, end - lt);
            if (IsTag(tag, "<mark")) { if (markStart < 0) markStart = text.Length; }
            else if (IsTag(tag, "</mark")) markEnd = text.Length;
            i = end;
        }
        return (text.ToString(), markStart, markEnd);
    }

    /// <summary>The index just after the '&gt;' closing the tag that starts at <paramref name="lt"/>; a quoted '&gt;' does not close it.</summary>
    static int TagEnd(string html, int lt)
    {
        char quote = '\0';
        for (var i = lt + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
        }
        return html.Length;
    }

    static bool IsTag(ReadOnlySpan<char> tag, string name) =>
        tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && tag.Length > name.Length && (tag[name.Length] is ' ' or '>' or '/' or '\t' or '\n');
}
