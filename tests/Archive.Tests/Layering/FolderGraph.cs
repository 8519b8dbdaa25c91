namespace Archive.Tests.Layering;

/// <summary>
/// The folders of src/Archive (the first namespace segment under <c>Archive</c>; types directly in <c>Archive</c> are
/// the folder <c>Archive</c>) and which folders each one's types use, with one pair of types per edge as evidence.
/// </summary>
public sealed class FolderGraph
{
    public IReadOnlyDictionary<string, SortedSet<string>> Edges { get; }
    readonly Dictionary<(string From, string To), (string User, string Used)> _evidence;

    FolderGraph(Dictionary<string, SortedSet<string>> edges, Dictionary<(string, string), (string, string)> evidence)
    {
        Edges = edges;
        _evidence = evidence;
    }

    public static FolderGraph Of(TypeReferences references) => Of(references.Uses);

    public static FolderGraph Of(IReadOnlyDictionary<string, IReadOnlySet<string>> uses)
    {
        var edges = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var evidence = new Dictionary<(string, string), (string, string)>();
        foreach (var (user, used) in uses.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (FolderOf(user) is not { } from) continue;
            var targets = edges.TryGetValue(from, out var t) ? t : edges[from] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var type in used.Order(StringComparer.Ordinal))
                if (FolderOf(type) is { } to && to != from && targets.Add(to)) evidence[(from, to)] = (Short(user), Short(type));
        }
        return new FolderGraph(edges, evidence);
    }

    /// <summary>The same graph without some edges, each written "From → To".</summary>
    public FolderGraph Without(IReadOnlySet<string> edges) => new(
        Edges.ToDictionary(e => e.Key, e => new SortedSet<string>(e.Value.Where(to => !edges.Contains($"{e.Key} → {to}")), StringComparer.Ordinal)),
        _evidence);

    static string? FolderOf(string type)
    {
        if (!type.StartsWith("Archive.", StringComparison.Ordinal)) return null;
        var parts = type.Split('.');
        return parts.Length == 2 ? "Archive" : parts[1];
    }

    static string Short(string type) => type[(type.LastIndexOf('.') + 1)..];

    /// <summary>
    /// One cycle per group of folders that reach each other (strongly connected), each as the folders in order; the
    /// other folders of its group are named by <see cref="Explain"/>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var nodes = Edges.Keys.Concat(Edges.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();
        var reach = nodes.ToDictionary(n => n, Reachable);
        var done = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var node in nodes)
        {
            if (done.Contains(node) || !reach[node].Contains(node)) continue;
            var group = nodes.Where(n => reach[node].Contains(n) && reach[n].Contains(node)).ToList();
            done.UnionWith(group);
            _groups[node] = group;
            cycles.Add(ShortestCycle(node));
        }
        return cycles;
    }

    readonly Dictionary<string, List<string>> _groups = [];

    HashSet<string> Reachable(string start)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>(Edges.GetValueOrDefault(start, []));
        while (stack.TryPop(out var n))
            if (seen.Add(n)) foreach (var m in Edges.GetValueOrDefault(n, [])) stack.Push(m);
        return seen;
    }

    /// <summary>The shortest path from a folder back to itself (breadth first), starting and ending with it.</summary>
    List<string> ShortestCycle(string start)
    {
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var n))
            foreach (var m in Edges.GetValueOrDefault(n, []))
            {
                if (m == start)
                {
                    var path = new List<string> { start };
                    for (var at = n; at != start; at = previous[at]) path.Insert(1, at);
                    path.Add(start);
                    return path;
                }
                if (previous.TryAdd(m, n)) queue.Enqueue(m);
            }
        return [start];
    }

    /// <summary>
    /// "A → B (X uses Y) → …": each step with the two types that make it; for a cycle found by <see cref="Cycles"/>
    /// whose group is larger, every other step inside the group follows, one a line.
    /// </summary>
    public string Explain(IReadOnlyList<string> path)
    {
        var cycle = path[0] + string.Concat(path.Zip(path.Skip(1)).Select(step => " → " + step.Second + Evidence(step.First, step.Second)));
        if (!_groups.TryGetValue(path[0], out var group) || group.Count <= path.Count - 1) return cycle;
        var steps = group.SelectMany(from => Edges.GetValueOrDefault(from, []).Where(group.Contains).Select(to => $"  {from} → {to}{Evidence(from, to)}"));
        return cycle + "\n  in a group of " + string.Join(", ", group) + " that reach each other:\n" + string.Join("\n", steps);
    }

    string Evidence(string from, string to) => $" ({_evidence[(from, to)].User} uses {_evidence[(from, to)].Used})";
}
