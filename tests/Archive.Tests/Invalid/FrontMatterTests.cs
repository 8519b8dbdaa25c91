using Archive.Tests.Support;

namespace Archive.Tests.Invalid;

public sealed class FrontMatterTests
{
    [Fact]
    public void Broken_yaml_is_reported_at_its_file_and_line()
    {
        using var site = new TestSite();
        site.Write("articles/broken.md", "---\ntitle: 標題\ndate: [2025-01-01\nbyline: 某人\n---\n\n內文。\n");
        var d = site.Build().Single("YAML_INVALID");
        Assert.Equal("input/articles/broken.md", d.Location.File);
        Assert.InRange(d.Location.Line, 3, 4);
    }

    [Fact]
    public void A_missing_title_names_the_field()
    {
        using var site = new TestSite();
        site.Write("articles/untitled.md", "---\ndate: 2025-01-01\n---\n\n內文。\n");
        var d = site.Build().Single("FIELD_MISSING");
        Assert.Contains("`title`", d.Message);
        Assert.Equal(("input/articles/untitled.md", 1), (d.Location.File, d.Location.Line));
    }

    [Fact]
    public void An_impossible_date_is_reported_at_its_value()
    {
        using var site = new TestSite();
        site.Write("articles/feb30.md", "---\ntitle: 標題\ndate: 2025-02-30\n---\n\n內文。\n");
        var d = site.Build().Single("DATE_INVALID");
        Assert.Equal(3, d.Location.Line);
        Assert.Equal(7, d.Location.Column);
    }

    [Fact]
    public void All_problems_of_a_run_are_reported_together()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: A\ndate: 2025-13-01\n---\nx\n");
        site.Write("articles/b.md", "---\ndate: 2025-01-01\n---\nx\n");
        site.Write("articles/c.md", "no front matter\n");
        var report = site.Build();
        Assert.Equal(["DATE_INVALID", "FIELD_MISSING", "FRONT_MATTER_MISSING"],
            report.Diagnostics.Where(d => d.Severity == Archive.Diagnostics.Severity.Error).Select(d => d.Code).ToArray());
    }

    [Fact]
    public void One_bad_file_among_many_fails_only_itself()
    {
        // Files are parsed in parallel: an error in one must not make another, parsed at the same moment, count as
        // failed — its notes would then be reported as belonging to a missing article.
        using var site = new TestSite();
        for (var i = 0; i < 300; i++)
        {
            site.Write($"articles/a{i:000}.md", $"---\ntitle: 第{i}篇\ndate: 2025-01-01\n---\n\n第{i}篇的內文。\n");
            site.Write($"annotations/a{i:000}/a{i:000}-n1.md", $"---\nquote: 第{i}篇的內文\n---\n註。\n");
            if (i % 10 == 0) site.Write($"articles/a{i:000}-bad.md", "---\ntitle: 壞\ndate: 2025-13-01\n---\n\n內文。\n");
        }
        var errors = site.Check().Diagnostics.Where(d => d.Severity == Archive.Diagnostics.Severity.Error).ToList();
        Assert.Equal(30, errors.Count);
        Assert.All(errors, d => Assert.Equal("DATE_INVALID", d.Code));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = new TestSite();
        site.Write("articles/ok.md", "---\ntitle: 好\ndate: 2025-01-01\n---\n\n內文。\n");
        site.BuildOk();
        var before = OutputSnapshot.Of(site.OutputDirectory);

        site.Write("articles/ok.md", "---\ntitle: 好\ndate: nope\n---\n\n改過的內文。\n");
        Assert.False(site.Build().Succeeded);

        Assert.Equal(before, OutputSnapshot.Of(site.OutputDirectory));
        // No half-written folder is left beside it; the failed staging folder is kept only as the spare, for reuse
        // (and the search index's cache is kept, for the next build).
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetDirectoryName(site.OutputDirectory)!),
            d => Path.GetFileName(d).StartsWith("output.") && Path.GetFileName(d) is not ("output.spare" or "output.search"));
    }
}
