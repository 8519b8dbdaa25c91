using System.Collections.Immutable;
using Archive.Engine;

namespace Archive.Output;

/// <summary>Writes files into the staging folder, in parallel. The staging folder becomes output/ only when everything succeeded.</summary>
public sealed class WriteFiles(SiteWriter writer) : IModule
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        Parallel.ForEach(inputs, document =>
        {
            switch (document)
            {
                case OutputFile file: writer.Write(file.Path, file.Content); break;
                case CopiedFile copy: writer.Copy(copy.SourcePath, copy.Path); break;
            }
        });
        return inputs;
    }
}
