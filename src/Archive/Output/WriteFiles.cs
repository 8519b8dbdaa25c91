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
        Parallel.ForEach(inputs, document =>
        {
            switch (document)
            {
                case OutputFile file:
                    File.WriteAllText(Target(root, file.Path), file.Content, Utf8);
                    break;
                case CopiedFile copy:
                    File.Copy(copy.SourcePath, Target(root, copy.Path), overwrite: true);
                    break;
            }
        });
        return inputs;
    }

    static string Target(string root, string path)
    {
        var target = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }
}
