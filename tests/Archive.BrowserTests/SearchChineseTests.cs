using Archive.BrowserTests.Support;

namespace Archive.BrowserTests;

/// <summary>
/// Queries a reader of the archive types, on the real input/ split into several search partitions: two-character
/// words, a name and a phrase find the article, and a hit in a note links to the passage the note is about.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class SearchChineseTests(ServedSite site)
{
    const string Article = "/archive/articles/2025-12-14-korea-balance/";

    [SkippableTheory]
    [InlineData("雷達", "radar-lockon")]
    [InlineData("遼寧", "liaoning-miyako")]
    [InlineData("北韓", "inter-korean-channels")]
    [InlineData("小泉進次郎", "koizumi-name")]                 // a name the article misprints; only its note spells it right
    [InlineData("\"敵對的兩個國家\"", "kim-two-hostile-states")] // a phrase, searched as one
    public async Task A_query_finds_the_article_and_links_to_the_passage_of_its_note(string query, string note)
    {
        site.RequireSearchIndexOrSkip();
        await using var context = await site.NewContextAsync();
        var page = await SearchPage.OpenAsync(context, site.Url("search/"), query);
        var count = await SearchPage.CountAsync(page);
        Assert.True(count >= 1, $"「{query}」: {count} results");

        var links = await SearchPage.LinksAsync(page, count);
        Assert.Contains(Article, links);
        Assert.Contains($"{Article}#passage-{note}", links);
        // Note headings are where hits in notes come from; none is linked as such.
        Assert.DoesNotContain(links, l => l.Contains("-label"));
    }

    [SkippableFact]
    public async Task A_term_is_found_by_its_description()
    {
        site.RequireSearchIndexOrSkip();
        await using var context = await site.NewContextAsync();
        // Its capital is named only in North Korea's description.
        var page = await SearchPage.OpenAsync(context, site.Url("search/"), "\"首都平壤\"");
        Assert.Equal(["/archive/countries/north-korea/"], await SearchPage.LinksAsync(page, await SearchPage.CountAsync(page)));
    }

    [SkippableFact]
    public async Task The_index_holds_the_text_and_the_notes_but_not_the_chrome_around_them()
    {
        site.RequireSearchIndexOrSkip();
        await using var context = await site.NewContextAsync();
        var page = await SearchPage.OpenAsync(context, site.Url("search/"), "雷達");
        // What Pagefind indexed for the article, through the module the search page merged every bundle into.
        var content = await page.EvaluateAsync<string>("""
            async bundle => {
              const pagefind = await import(bundle + 'pagefind.js');
              const search = await pagefind.search('雷達');
              for (const result of search.results) {
                const data = await result.data();
                if (data.url.includes('/articles/')) return data.content;
              }
              return '';
            }
            """, site.Url("pagefind/"));
        // Segmented Chinese is stored with zero-width spaces between words.
        var text = content.Replace("\u200B", "").Replace(" ", "");

        // The text reads on across its note numbers (each passage here ends in one), and the notes are there.
        Assert.Contains("兩度雷達照射，日本防衛大臣小泉近次郎還在七日凌晨", text);
        Assert.Contains("本存檔照錄原文，不作更正", text);
        // The count of notes, their permalinks, the label of their sources and the tag chips are not.
        Assert.DoesNotContain("則編輯註解", text);
        Assert.DoesNotContain("註解頁面", text);
        Assert.DoesNotContain("出處（", text);
        Assert.DoesNotContain("國家與地區", text);
    }
}
