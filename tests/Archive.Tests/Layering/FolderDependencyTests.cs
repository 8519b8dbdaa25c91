namespace Archive.Tests.Layering;

/// <summary>
/// The folders of src/Archive are namespaces, and their dependencies point one way (ARCHITECTURE.md): no folder may
/// reach, directly or through others, a folder that reaches it. Read from the compiled assembly, so a fully qualified
/// name counts as much as a <c>using</c>.
/// </summary>
public sealed class FolderDependencyTests
{
    static readonly FolderGraph Graph = FolderGraph.Of(TypeReferences.Of(typeof(ArchiveBuild).Assembly));

    [Fact]
    public void No_folder_depends_on_itself_through_others()
    {
        var cycles = Graph.Cycles();
        Assert.True(cycles.Count == 0, "Folders of src/Archive that depend on each other:\n" + string.Join("\n", cycles.Select(Graph.Explain)));
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
    }
}
