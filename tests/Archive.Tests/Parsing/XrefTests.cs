using Archive.Parsing;

namespace Archive.Tests.Parsing;

/// <summary>Cross-link targets: the forms that parse, and the ones that never reach a path.</summary>
public sealed class XrefTests
{
    [Theory]
    [InlineData("xref:incidents/liaoning-radar-lockon", "incidents", "liaoning-radar-lockon", null)]
    [InlineData("xref:articles/2025-12-14-korea-balance#p3", "articles", "2025-12-14-korea-balance", "p3")]
    [InlineData("xref:annotations/b52-flight", "annotations", "b52-flight", null)]
    public void Valid_targets_parse_into_kind_slug_and_fragment(string url, string kind, string slug, string? fragment)
    {
        Assert.Equal(new Xref(kind, slug, fragment), Xref.Parse(url));
        Assert.Equal(url, Xref.Parse(url)!.ToString());
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("xref:")]
    [InlineData("xref:incidents")]
    [InlineData("xref:incidents/")]
    [InlineData("xref:/japan")]
    [InlineData("xref:countries/japan/extra")]
    [InlineData("xref:incidents/../../etc/passwd")]
    [InlineData("xref:countries/%2e%2e")]
    [InlineData("xref:Countries/Japan")]
    [InlineData("XREF:countries/japan")]
    public void Anything_else_is_not_a_cross_link(string url) => Assert.Null(Xref.Parse(url));
}
