using Archive.Diagnostics;
using Archive.Incremental;

namespace Archive.Tests.Incremental;

/// <summary>The archive's diagnostics after an edit: the edited files' replaced, the retracted ones dropped once each, the rest kept in file order.</summary>
public sealed class ArchiveDiagnosticsTests
{
    static Diagnostic At(string file, int line, string code = "TAG_SUGGESTED") =>
        new(code, Severity.Suggestion, new SourceLocation(file, line, 1), $"{code} at {file}:{line}", "fix");

    static DiagnosticBag Bag(params Diagnostic[] items)
    {
        var bag = new DiagnosticBag();
        foreach (var d in items) bag.Add(d);
        return bag;
    }

    [Fact]
    public void Only_the_files_named_change_and_the_order_is_kept()
    {
        IReadOnlyList<Diagnostic> before = [At("a.md", 1), At("b.md", 1), At("b.md", 5), At("b.md", 5), At("c.md", 2), At("d.md", 1)];
        var after = ArchiveDiagnostics.After(before,
            changedFiles: new HashSet<string> { "c.md" },
            retracted: Bag(At("b.md", 5)),
            found: Bag(At("b.md", 3), At("c.md", 9), At("bb.md", 1)));

        Assert.Equal(
            ["a.md:1", "b.md:1", "b.md:3", "b.md:5", "bb.md:1", "c.md:9", "d.md:1"],
            after.Select(d => $"{d.Location.File}:{d.Location.Line}"));
    }
}
