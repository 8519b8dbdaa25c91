using System.Text;

namespace Archive.Output;

/// <summary>What a folder the build writes into holds, as its marker file records it.</summary>
public enum MarkedState
{
    /// <summary>A build is writing into the folder (or died doing so). Its name is unique to that build, so every file in it is the build's.</summary>
    Staging,

    /// <summary>A finished site: the listed files are the build's; anything else in the folder is the user's and is kept.</summary>
    Complete,
}

/// <summary>
/// The file that marks a folder as the build's own, and lists the files the build made there. It is what lets a build
/// tell its own files from the user's: a build deletes or replaces only what a marker lists (or a whole folder marked
/// <see cref="MarkedState.Staging"/>), and refuses a non-empty folder that has no marker.
/// </summary>
public sealed record OutputMarker(MarkedState State, IReadOnlySet<string> Files)
{
    public const string FileName = ".archive-output";
    const string Header = "# Made by `archive build`: this folder is the build's. The paths below are the files it wrote; anything else here is yours and every build keeps it.";

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>Where the marker is written before it is renamed into place.</summary>
    public static string TemporaryPathIn(string folder) => PathIn(folder) + ".new";

    public static bool IsMarked(string folder) => File.Exists(PathIn(folder));

    /// <summary>The folder's marker, or null when it has none (or one this version cannot read: then the folder is not treated as ours).</summary>
    public static OutputMarker? Read(string folder)
    {
        var path = PathIn(folder);
        if (!File.Exists(path)) return null;
        MarkedState? state = null;
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (state is null)
            {
                state = line switch { "state: staging" => MarkedState.Staging, "state: complete" => MarkedState.Complete, _ => null };
                if (state is null) return null;
            }
            else files.Add(line);
        }
        return state is { } s ? new OutputMarker(s, files) : null;
    }

    public static void WriteStaging(string folder) => Write(folder, MarkedState.Staging, []);

    /// <summary>Writes the marker in place of any other (a rename, so a reader never sees half a list).</summary>
    public static void Write(string folder, MarkedState state, IEnumerable<string> files)
    {
        var text = new StringBuilder(Header).Append('\n').Append(state == MarkedState.Staging ? "state: staging" : "state: complete").Append('\n');
        foreach (var file in files.Order(StringComparer.Ordinal)) text.Append(file).Append('\n');
        var temporary = TemporaryPathIn(folder);
        File.WriteAllText(temporary, text.ToString(), SiteWriter.Utf8);
        File.Move(temporary, PathIn(folder), overwrite: true);
    }

    /// <summary>Folders the listed files sit in ('/'-separated, no trailing slash): a folder not among them holds nothing of the build's.</summary>
    public IReadOnlySet<string> Folders()
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files)
            for (var slash = file.LastIndexOf('/'); slash > 0 && folders.Add(file[..slash]); slash = file.LastIndexOf('/', slash - 1)) { }
        return folders;
    }
}
