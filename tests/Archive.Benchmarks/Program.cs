using System.Diagnostics;
using Archive.Benchmarks;
using Archive.Benchmarks.Corpus;
using Archive.Benchmarks.Reporting;
using Archive.Benchmarks.Running;

BenchOptions options;
try { options = BenchOptions.Parse(args); }
catch (ArgumentException e)
{
    if (e.Message.Length > 0) Console.Error.WriteLine($"bench: {e.Message}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
if (!File.Exists(TimedProcess.GnuTime))
{
    Console.Error.WriteLine($"bench: {TimedProcess.GnuTime} is missing (GNU time measures CPU time and peak memory): apt-get install -y time");
    return 2;
}

var root = RepoRoot();
var peers = Path.GetFullPath(Path.Combine(root, "..", "shared", "peers"));
if (options.Hugo && !File.Exists(Path.Combine(peers, "to_hugo.py")))
{
    Console.Error.WriteLine($"bench: --hugo needs the peers' harness in {peers}");
    return 2;
}
var work = options.Work ?? Path.Combine(Path.GetTempPath(), $"archive-bench-{options.Articles}-{options.Seed}");
var n = options.Articles;

Console.WriteLine($"== corpus: N={n} seed={options.Seed} -> {work}");
var clock = Stopwatch.StartNew();
var corpus = new CorpusGenerator(n, options.Seed).Generate();
var trash = new Trash(Path.Combine(work, "trash"));
trash.Clear(Path.Combine(work, "input"));
ArchiveInputWriter.Write(corpus, Path.Combine(work, "input"));
if (options.Revisions)
{
    trash.Clear(Path.Combine(work, "input-revisions"));
    RevisedInputWriter.Write(corpus, Path.Combine(work, "input-revisions"));
    Console.WriteLine($"   and {Path.Combine(work, "input-revisions")}: the same with a second version of every article");
}
var markdown = Directory.EnumerateFiles(Path.Combine(work, "input"), "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
Console.WriteLine($"   {n} articles, {corpus.NoteCount} notes, {corpus.Countries.Count} countries, {corpus.Incidents.Count} incidents; " +
                  $"{markdown / 1e6:0.0} MB of Markdown, mean article body {corpus.BodyBytes / (double)n:0} bytes ({clock.Elapsed.TotalSeconds:0.0} s)");

HugoBuild? hugo = null;
if (options.Hugo)
{
    PeerCorpusWriter.Write(corpus, Path.Combine(work, "corpus"));
    trash.Clear(Path.Combine(work, "hugo"));
    hugo = new HugoBuild(peers, Path.Combine(work, "corpus"), Path.Combine(work, "hugo"), options.Timeout, trash);
    try { hugo.Prepare(); }
    catch (InvalidOperationException e)
    {
        Console.Error.WriteLine($"bench: converting the corpus for Hugo failed:\n{e.Message}");
        return 3;
    }
    Console.WriteLine($"== hugo site: {Path.Combine(work, "hugo")} (shared/peers/to_hugo.py)");
}
if (options.GenerateOnly) return 0;
corpus = null; // the builds are measured in their own processes; drop ours

Console.WriteLine($"== {string.Join(' ', OurBuild.MakeCommand(options.Jit))}");
string cli;
try { cli = OurBuild.Prepare(root, options.Jit); }
catch (Exception e) when (e is InvalidOperationException or FileNotFoundException)
{
    Console.Error.WriteLine($"bench: the CLI does not build, so there is nothing to measure{(options.Jit ? "" : " (native AOT needs gcc or clang and the ILCompiler package; --jit measures the JIT build instead)")}:\n{e.Message}");
    return 3;
}
// Pagefind is looked up from the CLI's working folder and the input folder upwards; outside the repository it is not found.
var ours = new OurBuild(cli, options.Jit, options.NoSearch ? work : root, Path.Combine(work, "input"), Path.Combine(work, "out", "output"), n, options.Timeout, trash);
var revised = options.Revisions
    ? new OurBuild(cli, options.Jit, options.NoSearch ? work : root, Path.Combine(work, "input-revisions"), Path.Combine(work, "out-revisions", "output"), n, options.Timeout, trash, "2 versions")
    : null;

var machine = Machine.Describe(options.Hugo).Append(Machine.Commit(root)).Append($"search index: {(options.NoSearch ? "off (--no-search)" : "Pagefind, if node_modules/pagefind is installed")}").ToList();
foreach (var line in machine) Console.WriteLine($"   {line}");

// Interleaved (ours 1, hugo 1, ours 2, ...) so that a slow spell of a shared machine hits both alike.
var runs = new List<TimedRun>();
for (var r = 1; r <= options.Runs; r++)
{
    // With --revisions the two archives take turns going first, so neither always follows the other's writes.
    foreach (var build in revised is null ? [ours] : r % 2 == 1 ? [ours, revised] : new[] { revised, ours })
    {
        runs.Add(build.Run(r));
        Console.WriteLine(ResultsTable.RunLine(runs[^1]));
    }
    if (hugo is null) continue;
    runs.Add(hugo.Run(r));
    Console.WriteLine(ResultsTable.RunLine(runs[^1]));
}

// Then rebuilds after one edit, over our last build's output and search cache: what an editor waits for.
for (var r = 1; r <= options.Runs; r++)
{
    runs.Add(ours.Rebuild(r));
    Console.WriteLine(ResultsTable.RunLine(runs[^1]));
}

var table = ResultsTable.Render(n, runs);
if (revised is not null) table += ResultsTable.Ratio(runs, revised.Tool, ours.Tool);
Console.WriteLine();
Console.WriteLine(table);
File.WriteAllText(Path.Combine(work, "results.md"), string.Join('\n', machine.Select(l => "    " + l)) + "\n\n" + table);
trash.Empty();
if (options.Work is null) Directory.Delete(work, recursive: true);
else Console.WriteLine($"== kept {work} (input/, out/, results.md{(hugo is null ? "" : ", corpus/, hugo/")})");
return runs.All(r => r.Succeeded) ? 0 : 1;

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
    throw new DirectoryNotFoundException("run from inside the repository (no Archive.sln found above the current folder)");
}
