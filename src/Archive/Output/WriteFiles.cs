using System.Collections.Immutable;
using System.Text;
using Archive.Engine;

namespace Archive.Output;

/// <summary>Writes files into the staging folder, in parallel. The staging folder becomes output/ only when everything succeeded.</summary>
public sealed class WriteFiles : IModule
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var root = context.Build.StagingDirectory ?? throw new InvalidOperationException("The output phase needs a staging folder.");
        // Folders first, once each, so the parallel writes below are only writes.
        foreach (var folder in inputs.Select(PathOf).Select(p => Path.GetDirectoryName(Path.Combine(root, p))!).Distinct())
            Directory.CreateDirectory(folder);
        Parallel.ForEach(inputs, document =>
        {
            switch (document)
            {
                case OutputFile file:
                    File.WriteAllText(Path.Combine(root, file.Path), file.Content, Utf8);
                    break;
                case CopiedFile copy:
                    File.Copy(copy.SourcePath, Path.Combine(root, copy.Path), overwrite: true);
                    break;
            }
        });
        return inputs;
    }

    static string PathOf(Document document) => document switch
    {
        OutputFile file => file.Path,
        CopiedFile copy => copy.Path,
        _ => "",
    };
}
