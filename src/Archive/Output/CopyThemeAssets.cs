using System.Collections.Immutable;
using Archive.Engine;

namespace Archive.Output;

/// <summary>Lists the theme's CSS, JS and images, to be copied under assets/ as they are.</summary>
public sealed class CopyThemeAssets : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        var theme = context.Build.ThemeDirectory;
        var files = new[] { "css", "js", "images" }
            .Select(folder => Path.Combine(theme, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder))
            .Order(StringComparer.Ordinal)
            .Select(path => new CopiedFile("assets/" + Path.GetFileName(path), path));
        return inputs.AddRange(files);
    }
}
