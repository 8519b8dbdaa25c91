namespace Archive.Tests.Layering;

/// <summary>
/// The folders of src/Archive are namespaces, and their dependencies point one way, down the layers of ARCHITECTURE.md:
/// a folder uses only folders of lower layers (or of its own, without a cycle). Read from the compiled assembly, so a
/// fully qualified name counts as much as a <c>using</c>. The dependencies that do not yet follow the rule are listed
/// as debts: the test fails on any other, and on a debt that has been paid and is still listed.
/// </summary>
public sealed class FolderDependencyTests
{
    static readonly FolderGraph Graph = FolderGraph.Of(TypeReferences.Of(typeof(ArchiveBuild).Assembly));

    /// <summary>Bottom first. <c>Archive</c> is the folder's root: <c>ArchiveBuild</c>, one build start to finish.</summary>
    public static readonly string[][] Layers =
    [
        ["Diagnostics", "Engine"],
        ["Model"],
        ["Input"],
        ["Parsing"],
        ["Validation", "Revisions"],
        ["Annotations"],
        ["Taxonomies"],
        ["Linking"],
        ["Output"],
        ["Search"],
        ["Rendering"],
        ["Pipelines"],
        ["Archive"],
        ["Incremental"],
    ];

    /// <summary>Uses that go up a layer today, each a debt of issue 17 (ARCHITECTURE.md, "Known debts").</summary>
    static readonly HashSet<string> Debts =
    [
        "Annotations → Rendering", // an anchor serves its passage with highlights (ServedPassage uses Highlights)
        "Model → Parsing",         // an article holds its extracted text (ArticleText)
        "Model → Revisions",       // an article holds its earlier versions (ArticleVersion)
        "Parsing → Revisions",     // parsing an article reads its revisions (ArticleVersion)
        "Revisions → Annotations", // anchoring a note on a revised text makes anchors (ArticleAnchoring uses Anchor)
    ];

    static int LayerOf(string folder) =>
        Array.FindIndex(Layers, layer => layer.Contains(folder)) is var i and >= 0 ? i : throw new InvalidOperationException($"{folder} is in no layer: add it to Layers and ARCHITECTURE.md");

    static IEnumerable<(string From, string To)> Upward() =>
        Graph.Edges.SelectMany(e => e.Value.Select(to => (From: e.Key, To: to))).Where(e => LayerOf(e.To) > LayerOf(e.From));

    [Fact]
    public void Every_folder_uses_only_folders_below_it()
    {
        var found = Upward().Where(e => !Debts.Contains($"{e.From} → {e.To}")).Select(e => Graph.Explain([e.From, e.To])).ToList();
        Assert.True(found.Count == 0, "Folders that use a folder above them:\n" + string.Join("\n", found));
    }

    [Fact]
    public void A_debt_paid_is_struck_off()
    {
        var upward = Upward().Select(e => $"{e.From} → {e.To}").ToHashSet();
        Assert.DoesNotContain(Debts, d => !upward.Contains(d));
    }

    [Fact]
    public void No_folder_depends_on_itself_through_others_but_for_the_debts()
    {
        var cycles = Graph.Without(Debts).Cycles();
        Assert.True(cycles.Count == 0, "Folders of src/Archive that depend on each other:\n" + string.Join("\n", cycles.Select(Graph.Without(Debts).Explain)));
    }

    [Fact]
    public void The_engine_depends_on_no_other_folder()
    {
        var uses = Graph.Edges.GetValueOrDefault("Engine", []);
        Assert.True(uses.Count == 0, "Engine uses " + string.Join(", ", uses.Select(u => Graph.Explain(["Engine", u]))));
    }

    [Fact]
    public void The_model_names_no_engine_type()
    {
        Assert.DoesNotContain("Engine", Graph.Edges.GetValueOrDefault("Model", []));
    }

    /// <summary>The check itself: a graph with a cycle is caught and the cycle named, with the types that make each step.</summary>
    [Fact]
    public void A_cycle_is_found_and_named()
    {
        var graph = FolderGraph.Of(new Dictionary<string, IReadOnlySet<string>>
        {
            ["Archive.A.X"] = new HashSet<string> { "Archive.B.Y" },
            ["Archive.B.Y"] = new HashSet<string> { "Archive.C.Z" },
            ["Archive.C.Z"] = new HashSet<string> { "Archive.A.X" },
            ["Archive.D.W"] = new HashSet<string> { "Archive.A.X" },
        });
        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal("A → B (X uses Y) → C (Y uses Z) → A (Z uses X)", graph.Explain(cycle));
        Assert.Empty(graph.Without(new HashSet<string> { "C → A" }).Cycles());
    }
}
