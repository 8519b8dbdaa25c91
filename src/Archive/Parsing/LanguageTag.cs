using System.Text.RegularExpressions;
using Archive.Diagnostics;

namespace Archive.Parsing;

/// <summary>A document's <c>language:</c> (a BCP 47 tag such as <c>en</c> or <c>zh-Hant</c>) when it differs from the site's.</summary>
public static partial class LanguageTag
{
    [GeneratedRegex("^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Shape();

    /// <summary>The tag under <paramref name="key"/>, or null when absent; a value not shaped like a tag is reported.</summary>
    public static string? Read(FrontMatter front, string key, DiagnosticBag diagnostics)
    {
        var tag = front.String(key);
        if (tag is null || Shape().IsMatch(tag)) return tag;
        diagnostics.Add(Problems.FieldType(front.LocationOfValue(key), key, "a language tag such as `en` or `zh-Hant`"));
        return null;
    }
}
