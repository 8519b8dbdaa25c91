using System.Text;
using Archive.Model;
using Archive.Theme.Views;

namespace Archive.Rendering;

/// <summary>
/// The words the stylesheet draws (a printed note's label, a figure caption's, the hidden words around a change) as
/// CSS custom properties in a stylesheet of their own, so site.css carries no language: <c>content: var(--text-note-number)</c>.
/// </summary>
public static class TextStylesheet
{
    public static string Path => Urls.Asset("interface-text.css");

    /// <summary>Custom property by interface text key.</summary>
    static readonly (string Property, string Key)[] Properties =
    [
        ("--text-note-number", "css.note_number"), ("--text-figure-caption", "css.figure_caption"),
        ("--text-inserted", "css.inserted"), ("--text-deleted", "css.deleted"), ("--text-change-end", "css.change_end"),
        ("--text-inserted-break", "css.inserted_break"), ("--text-deleted-break", "css.deleted_break"),
    ];

    public static string Of(InterfaceText text)
    {
        var css = new StringBuilder("/* The interface text site.css draws, in the site's language (made by the build). */\n:root {\n");
        foreach (var (property, key) in Properties) css.Append("  ").Append(property).Append(": ").Append(Quoted(text[key])).Append(";\n");
        return css.Append("}\n").ToString();
    }

    /// <summary>A CSS string: a quote, a backslash or a line break in the text cannot end it early.</summary>
    static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (char.IsControl(c)) quoted.Append('\\').Append(((int)c).ToString("x")).Append(' ');
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
