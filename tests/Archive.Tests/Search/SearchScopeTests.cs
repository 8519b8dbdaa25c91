using System.Text.RegularExpressions;
using Archive.Search;
using Archive.Tests.Support;

namespace Archive.Tests.Search;

/// <summary>Pagefind reads only the files the build names; every page the theme marks for search must be among them.</summary>
public sealed class SearchScopeTests
{
    [Fact]
    public void Every_page_marked_for_search_is_a_file_pagefind_reads_and_no_note_page_is()
    {
        using var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        site.Write("tags/incidents/radar.md", "---\nname: 雷達照射\nname_en: Radar lock-on\ndate: 2025-12-06\ncountries: [japan]\n---\n照射。\n");
        for (var i = 1; i <= 3; i++)
            site.Write($"articles/a{i}.md", $"---\ntitle: 文章{i}\ndate: 2025-12-1{i}\ncountries: [japan]\nincidents: [radar]\n---\n\n日本第{i}段。\n");
        site.Write("annotations/a1/n1.md", "---\nquote: 日本第1段\n---\n註。\n");
        var report = site.BuildOk();

        var patterns = SearchScope.IndexedFiles(report.Catalog!.Site)
            .Select(p => new Regex("^" + Regex.Escape(p).Replace(@"\*", "[^/]+") + "$")).ToList();
        bool Read(string file) => patterns.Any(p => p.IsMatch(file));
        var pages = Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.OutputDirectory, f).Replace('\\', '/')).ToList();
        var marked = pages.Where(f => File.ReadAllText(Path.Combine(site.OutputDirectory, f)).Contains("data-pagefind-body")).ToList();

        // Three articles and the first page of each term; page_size 2 gives the terms a second page, which is not marked.
        Assert.Equal(5, marked.Count);
        Assert.Contains("countries/japan/page/2/index.html", pages);
        Assert.All(marked, file => Assert.True(Read(file), $"{file} is marked for search but Pagefind is not given it"));
        Assert.False(Read("annotations/n1/index.html"));
        Assert.False(Read("countries/japan/page/2/index.html"));
    }
}
