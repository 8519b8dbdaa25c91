using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Parsing;

/// <summary>
/// The raw HTML a note or a term description may carry: a few inline elements for what Markdown cannot say (ruby
/// readings, abbreviations, super- and subscripts, a line break), with no attribute but <c>title</c> on
/// <c>abbr</c> and <c>lang</c> anywhere. Everything else is an error where the author wrote it, never dropped in
/// silence. What is published is not the author's markup but this class's rewriting of it, parsed by a real HTML
/// parser: names lower-cased, attributes double-quoted and escaped, nothing else carried through.
/// </summary>
public static class AllowedHtml
{
    static readonly Dictionary<string, string[]> Elements = new(StringComparer.Ordinal)
    {
        ["ruby"] = [], ["rt"] = [], ["rp"] = [],
        ["abbr"] = ["title"],
        ["sup"] = [], ["sub"] = [],
        ["br"] = [],
        ["span"] = [],
        ["i"] = [], ["b"] = [], ["em"] = [], ["strong"] = [], ["s"] = [], ["q"] = [], ["small"] = [],
    };

    static readonly string[] AnyElement = ["lang"];

    /// <summary>For the error's hint.</summary>
    public static string Listed => string.Join(", ", Elements.Select(e => e.Value.Length == 0 ? $"<{e.Key}>" : $"<{e.Key} {string.Join(" ", e.Value)}>"));

    /// <summary>A piece of raw HTML, checked: the clean markup to publish, or what is wrong with it.</summary>
    public readonly record struct Checked(string? Markup, string? Problem);

    /// <summary>Checks one inline tag as Markdig cuts them: an opening tag, a closing tag, or a comment.</summary>
    public static Checked Tag(string raw)
    {
        if (raw.StartsWith("<!--", StringComparison.Ordinal)) return new("", null); // a comment is the editor's, not the reader's
        if (raw.StartsWith("</", StringComparison.Ordinal))
        {
            var name = raw[2..].TrimEnd('>', ' ', '\t', '\n').ToLowerInvariant();
            return Elements.ContainsKey(name) ? new($"</{name}>", null) : new(null, $"`</{name}>` closes an element notes may not use");
        }
        if (!raw.StartsWith('<') || raw.Length < 3 || !char.IsAsciiLetter(raw[1])) return new(null, $"`{Shorten(raw)}` is not an element notes may use");
        var body = Parse(raw).Body!;
        if (body.FirstElementChild is not { } element) return new(null, $"`{Shorten(raw)}` is not an element notes may use");
        return Element(element, withChildren: false);
    }

    /// <summary>Checks a block of raw HTML (every element in it) and rewrites it.</summary>
    public static Checked Block(string raw)
    {
        var markup = new StringBuilder();
        var body = Parse(raw).Body!;
        foreach (var node in body.ChildNodes)
        {
            var part = Node(node);
            if (part.Problem is not null) return part;
            markup.Append(part.Markup);
        }
        return new(markup.ToString(), null);
    }

    static Checked Node(INode node) => node switch
    {
        IElement element => Element(element, withChildren: true),
        IText text => new(WebUtility.HtmlEncode(text.Data), null),
        IComment => new("", null),
        _ => new(null, "the HTML holds something other than elements and text"),
    };

    static Checked Element(IElement element, bool withChildren)
    {
        var name = element.LocalName;
        if (!Elements.TryGetValue(name, out var allowed)) return new(null, $"`<{name}>` is not an element notes may use");
        var markup = new StringBuilder("<").Append(name);
        foreach (var attribute in element.Attributes)
        {
            if (!allowed.Contains(attribute.Name) && !AnyElement.Contains(attribute.Name))
                return new(null, $"the attribute `{attribute.Name}` is not allowed on `<{name}>`");
            markup.Append(' ').Append(attribute.Name).Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value)).Append('"');
        }
        markup.Append('>');
        if (!withChildren || name == "br") return new(markup.ToString(), null);
        foreach (var child in element.ChildNodes)
        {
            var part = Node(child);
            if (part.Problem is not null) return part;
            markup.Append(part.Markup);
        }
        return new(markup.Append("</").Append(name).Append('>').ToString(), null);
    }

    static IDocument Parse(string html) => new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);

    static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
}
