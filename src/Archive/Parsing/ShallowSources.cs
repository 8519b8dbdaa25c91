using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Model;

namespace Archive.Parsing;

/// <summary>
/// A source is there to prove a claim, and a site's front page proves nothing: it changes daily and states no fact.
/// A note or term whose every source is a site root (an empty path or "/") is warned about at its first URL.
/// </summary>
public static class ShallowSources
{
    public static void Check(ImmutableArray<SourceLink> sources, DiagnosticBag diagnostics)
    {
        if (sources.IsEmpty || !sources.All(IsSiteRoot)) return;
        diagnostics.Add(Problems.SourceShallow(sources[0].Location, [.. sources.Select(s => s.Url)]));
    }

    public static bool IsSiteRoot(SourceLink source) =>
        Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && uri.AbsolutePath is "" or "/" && uri.Query.Length == 0;
}
