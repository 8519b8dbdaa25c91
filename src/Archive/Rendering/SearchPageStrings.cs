using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Archive.Rendering;

/// <summary>
/// What the search page says, in the site's language: the words of Pagefind's interface and of site.js, given to the
/// script as JSON in a data attribute, so the script carries no language of its own. (Pagefind would choose Simplified
/// wording for zh-Hant.) The words are the interface text's <c>search.*</c>.
/// </summary>
public static class SearchPageStrings
{
    /// <summary>Pagefind's translation keys; each is <c>search.&lt;key&gt;</c> in the interface text.</summary>
    static readonly string[] Interface =
    [
        "placeholder", "clear_search", "load_more", "search_label", "filters_label", "zero_results", "many_results",
        "one_result", "alt_search", "search_suggestion", "searching",
    ];

    /// <summary><c>{"ui": {Pagefind's translations}, "input": "…", "unavailable": "…"}</c></summary>
    public static string Json(Theme.Views.InterfaceText text)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(json, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("ui");
            foreach (var key in Interface) w.WriteString(key, text["search." + key]);
            w.WriteEndObject();
            // Pagefind labels its input only with a placeholder; this is its accessible name.
            w.WriteString("input", text["search.input"]);
            w.WriteString("unavailable", text["search.index_unavailable"]);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(json.WrittenSpan);
    }
}
