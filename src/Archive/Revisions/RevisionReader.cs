using System.Collections.Immutable;
using System.Globalization;
using Archive.Model;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Parsing;
using YamlDotNet.RepresentationModel;

namespace Archive.Revisions;

/// <summary>
/// Reads an article's <c>revisions:</c> (each entry <c>date</c>, <c>original</c>, optional <c>note</c>, oldest first)
/// and each version's file, with the checks every input file gets; checks that <c>updated:</c> follows them.
/// </summary>
public static class RevisionReader
{
    static readonly string[] EntryKeys = ["date", "original", "note"];

    public static ImmutableArray<ArticleVersion> Read(FrontMatter front, IReadOnlyList<string> moved, DateOnly? updated, BuildContext build, DiagnosticBag diagnostics)
    {
        var versions = ImmutableArray.CreateBuilder<ArticleVersion>();
        switch (front.Node("revisions"))
        {
            case null:
                return [];
            case YamlSequenceNode list:
                foreach (var item in list)
                {
                    if (item is YamlMappingNode entry) { if (Entry(front, entry, moved, build, diagnostics) is { } version) versions.Add(version); }
                    else diagnostics.Add(Problems.FieldType(front.LocationOf(item), "revisions", EntryShape));
                }
                break;
            case var other:
                diagnostics.Add(Problems.FieldType(front.LocationOf(other), "revisions", "a list of " + EntryShape));
                return [];
        }
        for (var i = 1; i < versions.Count; i++)
            if (versions[i].Date <= versions[i - 1].Date)
                diagnostics.Add(Problems.RevisionsOutOfOrder(versions[i].Location, versions[i].Date, versions[i - 1].Date));
        if (updated is { } current && versions.Count > 0 && current <= versions[^1].Date)
            diagnostics.Add(Problems.UpdatedNotAfterRevisions(front.LocationOfValue("updated"), current, versions[^1].Date));
        return versions.ToImmutable();
    }

    const string EntryShape = "entries with `date:`, `original:` and an optional `note:`";

    static ArticleVersion? Entry(FrontMatter front, YamlMappingNode entry, IReadOnlyList<string> moved, BuildContext build, DiagnosticBag diagnostics)
    {
        var at = front.LocationOf(entry);
        foreach (var key in entry.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!EntryKeys.Contains(name)) diagnostics.Add(Problems.KeyUnknown(front.LocationOf(key), name, Closest.Hint(name, EntryKeys, "keys of a `revisions:` entry")));
        }
        var dateNode = Value(entry, "date");
        var originalNode = Value(entry, "original");
        if (dateNode is null) diagnostics.Add(Problems.FieldMissing(at, "date"));
        if (originalNode is null) diagnostics.Add(Problems.FieldMissing(at, "original"));
        if (dateNode is null || originalNode is null) return null;

        var dateAt = front.LocationOf(dateNode);
        var dateText = dateNode.Value!.Trim();
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Add(Problems.DateInvalid(dateAt, "date", dateText));
            return null;
        }
        var path = originalNode.Value!.Trim();
        var inputRoot = Path.GetFullPath(build.InputDirectory);
        var full = Path.GetFullPath(Path.Combine(inputRoot, path));
        if (!full.StartsWith(inputRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            diagnostics.Add(Problems.RevisionOriginalNotFound(front.LocationOf(originalNode), path, date));
            return null;
        }
        // A version is content like any other file: a regular file inside input/, under the size limit, valid UTF-8.
        if (Input.ReadFiles.Read(full, build with { Diagnostics = diagnostics }) is not { } file) return null;
        var note = Value(entry, "note")?.Value?.Trim() is { Length: > 0 } n ? n : null;
        return new ArticleVersion(date, file.DisplayPath, note, file.Text, VersionText.Of(file.Text, moved), dateAt);
    }

    static YamlScalarNode? Value(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } v } scalar && v.Trim().Length > 0 ? scalar : null;
}
