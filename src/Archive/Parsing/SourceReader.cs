using System.Collections.Immutable;
using Archive.Diagnostics;
using Archive.Model;
using Archive.Validation;

namespace Archive.Parsing;

/// <summary>Reads <c>sources:</c> (entries with <c>title:</c> and <c>url:</c>) from a note's or a term's front matter.</summary>
public static class SourceReader
{
    public static ImmutableArray<SourceLink> Read(FrontMatter front, DiagnosticBag diagnostics)
    {
        var sources = ImmutableArray.CreateBuilder<SourceLink>();
        foreach (var (map, at) in front.Mappings("sources"))
        {
            var title = FrontMatter.ScalarOf(map, "title");
            var url = FrontMatter.ScalarOf(map, "url");
            var urlAt = map.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("url"), out var node) ? front.LocationOf(node) : at;
            if (title is null || url is null) diagnostics.Add(Problems.FieldType(at, "sources", "a list of entries with `title:` and `url:`"));
            else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) diagnostics.Add(Problems.UrlInvalid(at, url));
            else sources.Add(new SourceLink(title, url, urlAt));
        }
        var result = sources.ToImmutable();
        ShallowSources.Check(result, diagnostics);
        return result;
    }
}
