using Archive.Model;
using Archive.Validation;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Tests.Sites;

/// <summary>
/// Editorial rules the real input/ keeps (input/STYLE.md): people are tagged where the text names them, and every note
/// or term that states a date or a figure cites a page that states it.
/// </summary>
public sealed class RealContentTests(RealInputFixture fixture) : IClassFixture<RealInputFixture>
{
    const string ArticlePath = "/articles/2025-12-14-korea-balance/";

    static string Text(MarkdownDocument body) =>
        string.Concat(body.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    IEnumerable<Term> People => fixture.Report.Catalog!.Terms.Values.Where(t => t.Key.Taxonomy == "people");

    [Fact]
    public void The_article_is_tagged_with_exactly_the_people_its_text_names_and_links_to_their_pages()
    {
        var article = fixture.Report.Catalog!.Articles.Single();
        var named = People.Where(p => p.Spellings.Any(s => article.Text.Joined.Contains(s, StringComparison.Ordinal)))
            .Select(p => p.Key.Slug).Order().ToList();
        var tagged = article.Tags.Where(t => t.Key.Taxonomy == "people").Select(t => t.Key.Slug).Order().ToList();
        Assert.Equal(named, tagged);
        // The article names 小泉進次郎 only by its misprint; the alias is what finds him.
        Assert.Contains("shinjiro-koizumi", tagged);
        // 習近平 and 普丁 appear only in notes.
        Assert.DoesNotContain("xi-jinping", tagged);
        Assert.DoesNotContain("vladimir-putin", tagged);

        var links = fixture.Site.Page(ArticlePath).QuerySelectorAll("a.chip").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(tagged, slug => Assert.Contains($"/people/{slug}/", links));
    }

    [Fact]
    public void Every_person_has_a_page_that_lists_what_is_tagged_with_them()
    {
        foreach (var person in People)
        {
            var page = fixture.Site.Page($"/people/{person.Key.Slug}/");
            Assert.Contains(person.NameEn, page.QuerySelector("h1")!.TextContent);
            Assert.True(page.QuerySelectorAll(".article-list > li, .note-list > li").Length > 0, $"{person.Key.Slug} lists nothing");
        }
    }

    [Fact]
    public void Every_note_and_term_that_states_a_figure_cites_a_page_not_a_home_page()
    {
        var catalog = fixture.Report.Catalog!;
        var items = catalog.AnchorsById.Values.Select(a => (Name: $"annotations/{a.Annotation.Id}", Text: Text(a.Annotation.Body), a.Annotation.Sources))
            .Concat(catalog.Terms.Values.Select(t => (Name: $"{t.Key.Taxonomy}/{t.Key.Slug}", Text: Text(t.Body), t.Sources)));
        var checkedCount = 0;
        foreach (var (name, text, sources) in items.Where(i => i.Text.Any(char.IsAsciiDigit)))
        {
            checkedCount++;
            Assert.False(sources.IsEmpty, $"{name} states a figure but cites nothing");
            Assert.False(sources.All(Archive.Parsing.ShallowSources.IsSiteRoot), $"{name} cites only home pages");
        }
        Assert.True(checkedCount > 40, $"only {checkedCount} items state a figure");
    }
}
