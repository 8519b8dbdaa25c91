using Archive.Diagnostics;
using Archive.Tests.Support;

namespace Archive.Tests.Revisions;

/// <summary>What an editor can get wrong about versions, each reported where it is written, all in one run.</summary>
public sealed class RevisionErrorTests
{
    static string WithRevisions(string revisions, string updated = "2025-12-09") => $"""
        ---
        title: 雷達照射事件
        date: 2025-12-07
        updated: {updated}
        revisions:
        {revisions}
        countries: [japan]
        ---

        """ + RevisedArticle.Current;

    [Fact]
    public void A_revision_list_out_of_date_order_is_an_error_at_the_later_entry()
    {
        using var site = RevisedArticle.Site(withNotes: false);
        site.Write("sources/a-v0.txt", RevisedArticle.Version1);
        site.Write("articles/a.md", WithRevisions("""
              - date: 2025-12-08
                original: sources/a-v1.txt
              - date: 2025-12-07
                original: sources/a-v0.txt
            """));
        var error = site.Check().Single("REVISIONS_OUT_OF_ORDER");
        Assert.Equal(new SourceLocation("input/articles/a.md", 8, 11), error.Location);
        Assert.Contains("2025-12-07 after the one of 2025-12-08", error.Message);
    }

    [Fact]
    public void An_updated_date_before_the_last_revision_is_an_error_at_updated()
    {
        using var site = RevisedArticle.Site(withNotes: false);
        site.Write("articles/a.md", WithRevisions("  - date: 2025-12-07\n    original: sources/a-v1.txt", updated: "2025-12-06"));
        var error = site.Check().Single("REVISIONS_OUT_OF_ORDER");
        Assert.Equal(new SourceLocation("input/articles/a.md", 4, 10), error.Location);
    }

    [Fact]
    public void A_missing_version_file_is_an_error_at_its_original_line()
    {
        using var site = RevisedArticle.Site(withNotes: false);
        site.Write("articles/a.md", WithRevisions("  - date: 2025-12-07\n    original: sources/missing.txt"));
        var error = site.Check().Single("ORIGINAL_NOT_FOUND");
        Assert.Equal(new SourceLocation("input/articles/a.md", 7, 15), error.Location);
        Assert.Contains("`sources/missing.txt`", error.Message);
    }

    [Fact]
    public void A_revision_date_that_names_no_version_is_an_error_at_the_notes_revision_line()
    {
        using var site = RevisedArticle.Site();
        site.Write("annotations/a/typo.md", RevisedArticle.Note("遼寧號", revision: "2025-12-08"));
        var error = site.Check().Single("REVISION_UNKNOWN");
        Assert.Equal(new SourceLocation("input/annotations/a/typo.md", 3, 11), error.Location);
        Assert.Contains("2025-12-07, 2025-12-09 (the current text)", error.Fix);
    }

    [Fact]
    public void A_quote_not_in_the_version_it_names_is_reported_with_the_closest_passage_in_that_versions_file()
    {
        using var site = RevisedArticle.Site();
        // The corrected wording is today's, not the first version's.
        site.Write("annotations/a/wrong-version.md", RevisedArticle.Note("六日三度以雷達照射"));
        var error = site.Check().Single("QUOTE_NOT_FOUND");
        Assert.Equal(new SourceLocation("input/annotations/a/wrong-version.md", 2, 8), error.Location);
        Assert.Contains("the version of 2025-12-07", error.Message);
        Assert.Contains("`六日兩度以雷達照射` at input/sources/a-v1.txt:1:27", error.Fix);
    }

    [Fact]
    public void Every_problem_with_versions_is_reported_in_one_run()
    {
        using var site = RevisedArticle.Site();
        site.Write("articles/b.md", WithRevisions("  - date: 2025-12-07\n    original: sources/missing.txt").Replace("title: 雷達照射事件", "title: 乙"));
        site.Write("annotations/a/typo.md", RevisedArticle.Note("遼寧號", revision: "2025-12-08"));
        site.Write("annotations/a/odd.md", RevisedArticle.Note("遼寧號", extra: "orphaned: maybe\n"));
        site.Write("annotations/a/deleted.md", RevisedArticle.Note("韓國外交部未發表評論"));
        var codes = site.Check().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).Order().ToList();
        Assert.Equal(["ANCHOR_ORPHANED", "FIELD_INVALID", "ORIGINAL_NOT_FOUND", "REVISION_UNKNOWN"], codes);
    }
}
