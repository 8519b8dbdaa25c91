using System.Globalization;
using System.Text;

namespace Archive.Parsing;

/// <summary>
/// Slugs are URL segments made from file names, in any script: <c>radar-lock-on</c>, <c>李白</c>, <c>韓國-安全-分析</c>.
/// A file name becomes its slug normalised (NFC, lowercase where the script has case, each run of spaces one
/// <c>-</c>); a valid slug is letters, combining marks and digits of any script joined by single hyphens. No other
/// character can appear, so no path can escape its folder and a URL needs no character but these.
/// </summary>
public static class Slug
{
    public static bool IsValid(string slug) => slug.Length > 0 && Forbidden(slug).Count == 0
        && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal) && slug == Normalize(slug);

    /// <summary>The slug of a file: its name without the extension, normalised.</summary>
    public static string FromFile(string path) => Normalize(Path.GetFileNameWithoutExtension(path));

    /// <summary>NFC, lowercase, and each run of white space one hyphen: two names that read the same make one slug.</summary>
    public static string Normalize(string name)
    {
        var text = name.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var slug = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) slug.Append('-');
            space = false;
            slug.Append(c);
        }
        return slug.ToString();
    }

    /// <summary>The characters of <paramref name="slug"/> that cannot be in one, each once, in order.</summary>
    public static IReadOnlyList<string> Forbidden(string slug)
    {
        var found = new List<string>();
        for (var i = 0; i < slug.Length; i += char.IsSurrogatePair(slug, i) ? 2 : 1)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(slug, i);
            var allowed = slug[i] == '-' || category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
            var character = char.ConvertFromUtf32(char.ConvertToUtf32(slug, i));
            if (!allowed && !found.Contains(character)) found.Add(character);
        }
        return found;
    }
}
