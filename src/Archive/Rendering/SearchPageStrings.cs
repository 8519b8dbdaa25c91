using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Archive.Rendering;

/// <summary>
/// What the search page says, in the site's language: the words of Pagefind's interface and of site.js, given to the
/// script as JSON in a data attribute, so the script carries no language of its own. (Pagefind would choose Simplified
/// wording for zh-Hant.)
/// </summary>
public static class SearchPageStrings
{
    static readonly (string Key, string Text)[] Interface =
    [
        ("placeholder", "搜尋文章與註解"), ("clear_search", "清除"), ("load_more", "載入更多結果"), ("search_label", "搜尋本站"),
        ("filters_label", "篩選"), ("zero_results", "找不到「[SEARCH_TERM]」的結果"), ("many_results", "「[SEARCH_TERM]」共有 [COUNT] 筆結果"),
        ("one_result", "「[SEARCH_TERM]」共有 [COUNT] 筆結果"), ("alt_search", "找不到「[SEARCH_TERM]」，改為顯示「[DIFFERENT_TERM]」的結果"),
        ("search_suggestion", "找不到「[SEARCH_TERM]」的結果，請試試："), ("searching", "正在搜尋「[SEARCH_TERM]」…"),
    ];

    /// <summary><c>{"ui": {Pagefind's translations}, "input": "…", "unavailable": "…"}</c></summary>
    public static string Json()
    {
        var json = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(json, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("ui");
            foreach (var (key, text) in Interface) w.WriteString(key, text);
            w.WriteEndObject();
            // Pagefind labels its input only with a placeholder; this is its accessible name.
            w.WriteString("input", "搜尋文章與註解");
            w.WriteString("unavailable", "搜尋索引無法載入。");
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(json.WrittenSpan);
    }
}
