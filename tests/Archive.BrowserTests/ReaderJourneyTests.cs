using System.Text.RegularExpressions;
using Archive.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests;

/// <summary>
/// A reader's way through the archive: home → a country → the article → a highlighted passage → its note → an
/// incident tag → the incident page. Wide with JavaScript (the note sits beside the text; clicking the passage
/// activates it), narrow without (the note sits below; the number link jumps to it).
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ReaderJourneyTests(ServedSite site)
{
    [SkippableTheory]
    [InlineData(1280, true)]
    [InlineData(375, false)]
    public async Task A_reader_goes_from_the_home_page_to_an_incident_through_a_note(int width, bool javaScript)
    {
        await using var context = await site.NewContextAsync(width, javaScript: javaScript);
        var page = await context.NewPageAsync();
        var main = page.GetByRole(AriaRole.Main);

        // Home: the site's name and the latest article.
        await page.GotoAsync(site.Url(""));
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        var firstArticle = page.Locator("main .article-list .article-item-title a").First;
        await Expect(firstArticle).ToBeVisibleAsync();
        var articleTitle = (await firstArticle.InnerTextAsync()).Trim();

        // The countries index, from the site navigation.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "國家與地區" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("countries/"));
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("國家與地區");

        // Japan's page: its name in both languages, and the article tagged with it.
        await main.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^日本") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("countries/japan/"));
        var termHeading = main.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(termHeading).ToContainTextAsync("日本");
        await Expect(termHeading).ToContainTextAsync("Japan");

        // The article.
        await main.GetByRole(AriaRole.Link, new() { Name = articleTitle, Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/archive/articles/[^/]+/$"));
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(articleTitle);

        // A highlighted passage whose note is tagged with an incident.
        var id = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('mark.passage')].map(m => m.dataset.notes.split(' ')[0])" +
            ".find(id => document.querySelector('#note-' + CSS.escape(id) + ' a.chip-incidents'))");
        Assert.False(string.IsNullOrEmpty(id), "no highlighted passage has a note tagged with an incident");
        var passage = page.Locator($"mark.passage#passage-{id}");
        var note = page.Locator($"#note-{id}");
        await Expect(passage).ToBeVisibleAsync();

        if (javaScript) await passage.ClickAsync();
        else await page.Locator($"a.note-ref[href='#note-{id}']").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"#note-{Regex.Escape(id)}$"));
        await Expect(note).ToBeInViewportAsync();
        if (javaScript) await Expect(note).ToHaveClassAsync(new Regex(@"\bactive\b"));
        var body = note.Locator(".note-body").First;
        await Expect(body).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await body.InnerTextAsync()), "the note has no text");
        (await Readability.OfAsync(body.Locator("p").First)).AssertReadable($"note {id}");

        var passageBox = (await passage.BoundingBoxAsync())!;
        var noteBox = (await note.BoundingBoxAsync())!;
        if (width >= 1280)
            Assert.True(noteBox.X >= passageBox.X + passageBox.Width - 1,
                $"on a wide screen the note should sit beside its passage (note at x={noteBox.X}, passage ends at x={passageBox.X + passageBox.Width})");
        else
            Assert.True(noteBox.Y > passageBox.Y,
                $"on a narrow screen the note should sit below its passage (note at y={noteBox.Y}, passage at y={passageBox.Y})");

        // An incident tag in the note leads to the incident's page.
        var chip = note.Locator("a.chip-incidents").First;
        var incident = (await chip.InnerTextAsync()).Trim();
        await chip.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/archive/incidents/[^/]+/$"));
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(incident);
    }
}
