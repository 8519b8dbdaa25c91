using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>Which pages go in which partition, and which partitions are indexed again, from one build to the next.</summary>
public sealed class PartitionPlanTests
{
    const string Signature = "test";

    static IndexedPage[] Pages(params string[] names) => [.. names.Select(n => new IndexedPage($"articles/{n}/index.html", "h-" + n))];

    static PartitionPlan Plan(SearchManifest? previous, IEnumerable<IndexedPage> pages, Func<string, bool>? hasBundle = null) =>
        PartitionPlan.Make(previous, Signature, pages, size: 2, hasBundle ?? (_ => true));

    static string[][] Contents(PartitionPlan plan) =>
        [.. plan.Manifest.Partitions.Select(p => p.Pages.Keys.Select(k => k.Split('/')[1]).ToArray())];

    [Fact]
    public void From_scratch_pages_are_cut_in_path_order_and_every_partition_is_indexed()
    {
        var plan = Plan(null, Pages("e", "a", "c", "b", "d"));
        Assert.Equal([["a", "b"], ["c", "d"], ["e"]], Contents(plan));
        Assert.Equal(["p0", "p1", "p2"], plan.Manifest.Partitions.Select(p => p.Id));
        Assert.Equal(["p0", "p1", "p2"], plan.Dirty.Order());
    }

    [Fact]
    public void Nothing_changed_means_nothing_is_indexed()
    {
        var first = Plan(null, Pages("a", "b", "c"));
        var second = Plan(first.Manifest, Pages("a", "b", "c"));
        Assert.Empty(second.Dirty);
        Assert.Equal(Contents(first), Contents(second));
    }

    [Fact]
    public void An_edited_page_makes_only_its_partition_dirty()
    {
        var first = Plan(null, Pages("a", "b", "c", "d", "e"));
        var edited = Pages("a", "b", "c", "d", "e");
        edited[2] = edited[2] with { Hash = "edited" };
        var second = Plan(first.Manifest, edited);
        Assert.Equal(["p1"], second.Dirty);
        Assert.Equal("edited", second.Manifest.Partitions[1].Pages["articles/c/index.html"]);
    }

    [Fact]
    public void A_new_page_joins_a_partition_with_room_before_a_new_one_is_opened()
    {
        var first = Plan(null, Pages("a", "b", "c"));
        var second = Plan(first.Manifest, Pages("a", "b", "c", "aa"));
        // Inserted in path order it would shift every page after it; instead it joins the partition with room.
        Assert.Equal([["a", "b"], ["aa", "c"]], Contents(second));
        Assert.Equal(["p1"], second.Dirty);

        var third = Plan(second.Manifest, Pages("a", "b", "c", "aa", "z"));
        Assert.Equal([["a", "b"], ["aa", "c"], ["z"]], Contents(third));
        Assert.Equal(["p2"], third.Dirty);
    }

    [Fact]
    public void A_new_page_prefers_a_partition_that_is_indexed_anyway()
    {
        var first = Plan(null, Pages("a", "b", "c", "d", "e", "f"));
        // p1 loses d (so it is dirty and has room); p2 is untouched. The new page goes where work is done already.
        var second = Plan(first.Manifest, Pages("a", "b", "c", "e", "f", "g"));
        Assert.Equal([["a", "b"], ["c", "g"], ["e", "f"]], Contents(second));
        Assert.Equal(["p1"], second.Dirty);
    }

    [Fact]
    public void A_partition_whose_pages_are_all_gone_is_removed()
    {
        var first = Plan(null, Pages("a", "b", "c", "d"));
        var second = Plan(first.Manifest, Pages("a", "b"));
        Assert.Empty(second.Dirty);
        Assert.Equal([["a", "b"]], Contents(second));
    }

    [Fact]
    public void A_partition_whose_bundle_is_missing_is_indexed_again()
    {
        var first = Plan(null, Pages("a", "b", "c"));
        var second = Plan(first.Manifest, Pages("a", "b", "c"), hasBundle: id => id != "p0");
        Assert.Equal(["p0"], second.Dirty);
    }

    [Fact]
    public void Another_signature_starts_over_under_new_ids()
    {
        var first = Plan(null, Pages("a", "b", "c"));
        var second = PartitionPlan.Make(first.Manifest, "another", Pages("a", "b", "c"), size: 2, _ => true);
        Assert.Equal(["p2", "p3"], second.Manifest.Partitions.Select(p => p.Id));
        Assert.Equal(["p2", "p3"], second.Dirty.Order());
    }
}
