using System.Globalization;

namespace Archive.Benchmarks;

/// <summary>The command line: <c>--n N [--runs R] [--hugo] [--quick] [--seed S] [--work DIR] [--timeout MIN]</c>.</summary>
public sealed record BenchOptions(int Articles, int Runs, bool Hugo, int Seed, string? Work, TimeSpan Timeout, bool GenerateOnly = false, bool NoSearch = false, bool Jit = false, bool Revisions = false)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/Archive.Benchmarks -- --n N [--runs R] [--hugo] [--quick] [--seed S] [--work DIR] [--timeout MIN] [--no-search] [--jit] [--revisions] [--generate-only]\n" +
        "  --n N          articles to generate (default 1000)\n" +
        "  --runs R       builds per tool, from clean; medians are reported (default 3)\n" +
        "  --hugo         also build the same corpus with Hugo (../shared/peers), interleaved with ours\n" +
        "  --quick        N = 200, one run\n" +
        "  --seed S       corpus seed (default 20240601, the peers' seed)\n" +
        "  --work DIR     generate into DIR and keep it (default: a temporary folder, removed afterwards)\n" +
        "  --timeout MIN  stop a build that takes longer (default 30)\n" +
        "  --no-search    run our CLI outside the repository, where it finds no node_modules/pagefind: the site without\n" +
        "                 its search index (Hugo's site has none), for sizes where Pagefind alone would dominate\n" +
        "  --jit          measure the CLI as `dotnet build` makes it (run by the JIT) instead of as `dotnet publish\n" +
        "                 -p:PublishAot=true` makes it (one native executable, as Hugo is)\n" +
        "  --revisions    also build the same archive with a second version of every article (a few sentences\n" +
        "                 edited, every note written on the first version), interleaved with the single-version build\n" +
        "  --generate-only  write the archive (and with --hugo the Hugo site) into --work DIR and stop: input for profiling";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(1000, 3, false, 20240601, null, TimeSpan.FromMinutes(30));
        bool quick = false, nGiven = false, runsGiven = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number(int min) => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                ? n : throw new ArgumentException($"{args[i - 1]} needs a whole number of at least {min}");
            switch (args[i])
            {
                case "--n": options = options with { Articles = Number(1) }; nGiven = true; break;
                case "--runs": options = options with { Runs = Number(1) }; runsGiven = true; break;
                case "--hugo": options = options with { Hugo = true }; break;
                case "--quick": quick = true; break;
                case "--seed": options = options with { Seed = Number(0) }; break;
                case "--work": options = options with { Work = Path.GetFullPath(Value()) }; break;
                case "--timeout": options = options with { Timeout = TimeSpan.FromMinutes(Number(1)) }; break;
                case "--no-search": options = options with { NoSearch = true }; break;
                case "--jit": options = options with { Jit = true }; break;
                case "--revisions": options = options with { Revisions = true }; break;
                case "--generate-only": options = options with { GenerateOnly = true }; break;
                case "--help" or "-h": throw new ArgumentException("");
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (options.GenerateOnly && options.Work is null) throw new ArgumentException("--generate-only needs --work DIR");
        if (quick) options = options with { Articles = nGiven ? options.Articles : 200, Runs = runsGiven ? options.Runs : 1 };
        return options;
    }
}
