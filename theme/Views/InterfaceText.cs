using System.Collections.Frozen;
using System.Text;

namespace Archive.Theme.Views;

/// <summary>
/// Every word the site shows a reader that is not content, in the site's language: read from
/// <c>theme/i18n/&lt;language&gt;.yml</c> and the site's override in <c>input/i18n/</c>. Every key of
/// <see cref="InterfaceKeys.All"/> is present once the build has read it (a missing one is a build error), so a lookup
/// of a listed key never fails; an unlisted key is a bug in the theme and throws.
/// </summary>
/// <remarks>
/// A text may name values in braces (<c>{count}</c>, <c>{title}</c>); a counted text may have one form per plural
/// category (<c>one</c>, <c>other</c>), chosen by <see cref="PluralCategory"/>.
/// </remarks>
public sealed class InterfaceText(string language, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> texts)
{
    readonly FrozenDictionary<string, IReadOnlyDictionary<string, string>> _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>No texts at all: what a site view has until the build gives it its language's.</summary>
    public static readonly InterfaceText None = new("und", new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>The BCP 47 tag the texts are in, e.g. <c>zh-Hant</c>.</summary>
    public string Language { get; } = language;

    /// <summary>A text with no values to fill in.</summary>
    public string this[string key] => Form(key, "other");

    /// <summary>A text with its <c>{name}</c> values filled in.</summary>
    public string Format(string key, params (string Name, object Value)[] values) => Fill(Form(key, "other"), values);

    /// <summary>A counted text: the plural form for <paramref name="count"/>, with <c>{count}</c> and the other values filled in.</summary>
    public string Count(string key, int count, params (string Name, object Value)[] values) =>
        Fill(Form(key, PluralCategory(Language, count)), [("count", count), .. values]);

    /// <summary>A date as the language writes it (<c>2025年12月14日</c>, <c>14 December 2025</c>).</summary>
    public string Date(DateOnly date) =>
        Format(InterfaceKeys.DateFormat, ("year", date.Year), ("month", date.Month), ("day", date.Day), ("month_name", this[InterfaceKeys.Month(date.Month)]));

    /// <summary>
    /// CLDR's plural category of a whole number: languages without plural forms (Chinese, Japanese, Korean…) always use
    /// <c>other</c>; French counts 0 and 1 as <c>one</c>; the rest (English, German…) only 1.
    /// </summary>
    public static string PluralCategory(string language, int count)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        if (primary is "zh" or "ja" or "ko" or "vi" or "th" or "id" or "ms" or "lo" or "my" or "yue") return "other";
        if (primary is "fr" or "pt" && count is 0 or 1) return "one";
        return count == 1 ? "one" : "other";
    }

    string Form(string key, string category)
    {
        if (!_texts.TryGetValue(key, out var forms))
            throw new KeyNotFoundException($"interface text `{key}` is not in InterfaceKeys.All, or was not read");
        return forms.TryGetValue(category, out var text) ? text : forms["other"];
    }

    static string Fill(string text, (string Name, object Value)[] values)
    {
        if (values.Length == 0 || !text.Contains('{')) return text;
        var filled = new StringBuilder(text);
        foreach (var (name, value) in values) filled.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        return filled.ToString();
    }
}
