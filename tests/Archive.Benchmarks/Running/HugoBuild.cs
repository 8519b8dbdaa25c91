namespace Archive.Benchmarks.Running;

/// <summary>
/// Hugo on the same corpus, through the peers' harness (shared/peers): to_hugo.py converts the corpus, Hugo builds it
/// from clean exactly as run_peers.sh does, and check_build.py verifies every build's page set and content.
/// </summary>
public sealed class HugoBuild(string peers, string corpus, string site, TimeSpan timeout, Trash trash)
{
    public const string Tool = "Hugo";

    string Public => Path.Combine(site, "public");
    string Cache => site + "-cache";

    public static string Version() => Command.Run(".", "hugo", "version").Split(' ')[1].TrimStart('v').Split('+')[0];

    public void Prepare() => Command.Run(peers, "python3", Path.Combine(peers, "to_hugo.py"), corpus, site);

    public TimedRun Run(int run)
    {
        foreach (var dir in new[] { Public, Path.Combine(site, "resources"), Cache }) trash.Clear(dir);
        File.Delete(Path.Combine(site, ".hugo_build.lock"));
        var outcome = TimedProcess.Run(site, "hugo", ["--source", site, "--destination", "public", "--cacheDir", Cache, "--quiet"], timeout);
        var tree = OutputTree.Of(Public);
        var failure = outcome switch
        {
            { TimedOut: true } => $"timed out after {timeout.TotalMinutes:0} min",
            { ExitCode: not 0 } => $"exit {outcome.ExitCode}: {Command.Tail(outcome.Stderr + outcome.Stdout, 15)}",
            _ => Verify(),
        };
        return new TimedRun(Tool, run, outcome.ExitCode, outcome.TimedOut, outcome.WallSeconds, outcome.CpuSeconds, outcome.KernelSeconds,
            outcome.PeakRssKib, outcome.PeakTreeKib, tree.HtmlPages, tree.Entries, [], failure);
    }

    string Verify()
    {
        try
        {
            Command.Run(peers, "python3", Path.Combine(peers, "check_build.py"), "verify", "hugo", corpus, Public);
            return "";
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }
}
