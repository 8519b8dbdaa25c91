using System.Collections.Immutable;
using System.Globalization;
using Archive.Diagnostics;
using Archive.Input;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Archive.Parsing;

/// <summary>
/// The YAML between the opening and closing <c>---</c> of a content file, read with YamlDotNet's marks so every value
/// knows its line in the file. Typed getters report a diagnostic and return null instead of throwing.
/// </summary>
public sealed class FrontMatter
{
    readonly YamlMappingNode _root;
    readonly string _file;
    readonly DiagnosticBag _diagnostics;

    FrontMatter(YamlMappingNode root, string file, DiagnosticBag diagnostics)
    {
        _root = root;
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads the front matter of <paramref name="file"/>, or reports why it cannot and returns null.</summary>
    public static FrontMatter? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!(text.StartsWith("---\n") || text == "---"))
        {
            diagnostics.Add(Problems.FrontMatterMissing(file.DisplayPath, text.Length == 0));
            return null;
        }
        var close = FindClosingFence(text);
        if (close < 0)
        {
            diagnostics.Add(Problems.FrontMatterUnclosed(file.DisplayPath));
            return null;
        }
        // Pad with a newline so YamlDotNet's line numbers are the file's line numbers.
        return Load("\n" + text[4..close], file.DisplayPath, diagnostics);
    }

    /// <summary>Reads a file that is YAML from top to bottom (site.yml).</summary>
    public static FrontMatter? ReadYamlFile(SourceFile file, DiagnosticBag diagnostics) =>
        Load(file.Text, file.DisplayPath, diagnostics);

    static FrontMatter? Load(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode.Start : Mark.Empty;
                diagnostics.Add(Problems.FrontMatterNotMapping(new SourceLocation(displayPath, Math.Max(1, (int)root.Line), Math.Max(1, (int)root.Column))));
                return null;
            }
            return new FrontMatter(map, displayPath, diagnostics);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var at = e.Start.Index > 0 || e.End.Index > 0 ? e.Start : FirstTabIndent(yaml) ?? parser.LastGood;
            diagnostics.Add(Problems.YamlInvalid(new SourceLocation(displayPath, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)), Tidy(message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections; report where parsing stopped.
            var at = parser.LastGood;
            diagnostics.Add(Problems.YamlInvalid(new SourceLocation(displayPath, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)),
                "a `[` or `{` list is not closed"));
            return null;
        }
    }

    /// <summary>YamlDotNet reports a tab used as indentation without a position; the first such line is where it is.</summary>
    static Mark? FirstTabIndent(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent) return new Mark(0, i + 1, tab + 1);
        }
        return null;
    }

    /// <summary>Lists and mappings inside each other deeper than this are refused: front matter needs three levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Remembers the position of the last event parsed, for errors YamlDotNet raises without a position, and refuses
    /// nesting deeper than <see cref="MaxDepth"/> before YamlDotNet's recursive loader would overflow the stack on it.
    /// </summary>
    sealed class TrackingParser(IParser inner) : IParser
    {
        int _depth;
        public Mark LastGood { get; private set; } = Mark.Empty;
        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current) LastGood = current.Start;
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart when ++_depth > MaxDepth:
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"lists and mappings are nested more than {MaxDepth} deep");
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    _depth--;
                    break;
            }
            return true;
        }
    }

    /// <summary>Index of the "\n---" line that closes the front matter, or -1.</summary>
    static int FindClosingFence(string text)
    {
        var from = 3;
        while (true)
        {
            var i = text.IndexOf("\n---", from, StringComparison.Ordinal);
            if (i < 0) return -1;
            var end = i + 4;
            if (end == text.Length || text[end] == '\n') return i + 1;
            from = end;
        }
    }

    static string Tidy(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 9) - (Line: …): " which our location already says.
        var dash = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (dash >= 0 ? message[(dash + 3)..] : message).TrimEnd('.');
    }

    public SourceLocation Start => new(_file, 1, 1);

    public SourceLocation LocationOf(YamlNode node) => new(_file, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Where the key is written, or the top of the front matter when it is missing.</summary>
    public SourceLocation LocationOfKey(string key) =>
        _root.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } node ? LocationOf(node) : Start;

    public SourceLocation LocationOfValue(string key) => Node(key) is { } node ? LocationOf(node) : LocationOfKey(key);

    /// <summary>The top-level keys, in the order written.</summary>
    public IEnumerable<(string Key, SourceLocation Location)> Keys =>
        _root.Children.Keys.OfType<YamlScalarNode>().Select(k => (k.Value ?? "", LocationOf(k)));

    public YamlNode? Node(string key) =>
        _root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? String(string key, bool required = false)
    {
        switch (Node(key))
        {
            case null:
                if (required) _diagnostics.Add(Problems.FieldMissing(Start, key));
                return null;
            case YamlScalarNode { Value: var value } node:
                if (string.IsNullOrWhiteSpace(value))
                {
                    if (required) _diagnostics.Add(Problems.FieldEmpty(LocationOf(node), key));
                    return null;
                }
                return value.Trim();
            case var other:
                _diagnostics.Add(Problems.FieldType(LocationOf(other), key, "a single text value"));
                return null;
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        _diagnostics.Add(Problems.DateInvalid(LocationOfValue(key), key, text));
        return null;
    }

    /// <summary>A YAML list of text values; a single value counts as a list of one.</summary>
    public ImmutableArray<(string Value, SourceLocation Location)> Strings(string key)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlScalarNode { Value: var value } node:
                return string.IsNullOrWhiteSpace(value) ? [] : [(value.Trim(), LocationOf(node))];
            case YamlSequenceNode list:
                var items = ImmutableArray.CreateBuilder<(string, SourceLocation)>();
                foreach (var item in list)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) items.Add((v.Trim(), LocationOf(item)));
                    else _diagnostics.Add(Problems.FieldType(LocationOf(item), key, "a list of text values"));
                }
                return items.ToImmutable();
            case var other:
                _diagnostics.Add(Problems.FieldType(LocationOf(other), key, "a list of text values"));
                return [];
        }
    }

    /// <summary>A list of mappings (e.g. <c>sources:</c> entries with title and url).</summary>
    public IEnumerable<(YamlMappingNode Map, SourceLocation Location)> Mappings(string key)
    {
        switch (Node(key))
        {
            case null:
                yield break;
            case YamlSequenceNode list:
                foreach (var item in list)
                {
                    if (item is YamlMappingNode map) yield return (map, LocationOf(map));
                    else _diagnostics.Add(Problems.FieldType(LocationOf(item), key, "a list of entries with `title:` and `url:`"));
                }
                break;
            case var other:
                _diagnostics.Add(Problems.FieldType(LocationOf(other), key, "a list of entries with `title:` and `url:`"));
                break;
        }
    }

    public static string? ScalarOf(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } v } && v.Trim().Length > 0
            ? v.Trim()
            : null;

    /// <summary>Reports every key that is neither in <paramref name="allowed"/> nor a declared taxonomy, with the closest known key.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed)
    {
        foreach (var key in _root.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                _diagnostics.Add(Problems.KeyUnknown(LocationOf(key), name, Closest.Hint(name, allowed, "keys")));
        }
    }
}
