using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Archive.Model;
using Archive.Diagnostics;
using Archive.Engine;

namespace Archive.Input;

/// <summary>
/// Reads every <c>*.md</c> file exactly <paramref name="depth"/> folders below <paramref name="folder"/> of input/.
/// A <paramref name="required"/> folder that is missing is an error: an archive without articles/ is a wrong
/// <c>--input</c>, and building it would publish an empty site over the real one. Given <paramref name="only"/>
/// (preview, after a save), it reads just those of the listed files that exist and belong to its folder. Given
/// <paramref name="known"/> (preview), a file whose content has not changed since it was last read is handed out as
/// the object read then.
/// </summary>
public sealed class ReadFiles(string folder, int depth, bool required = false, IReadOnlyCollection<string>? only = null, KnownFiles? known = null)
    : IModule, IPerDocument
{
    /// <summary>Larger than any real article by two orders of magnitude; a file this big is a mistake, not content.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        var root = Path.Combine(context.Build.InputDirectory, folder);
        if (!Directory.Exists(root))
        {
            if (required) context.Build.Diagnostics.Add(Problems.ContentFolderMissing(context.Build.DisplayPath(root)));
            return inputs;
        }
        var files = only is null ? InputTree.Files(root, depth, "*.md") : Belonging(root, only);
        var read = new ConcurrentBag<SourceFile>();
        Parallel.ForEach(files, path =>
        {
            var file = Read(path, context.Build);
            if (file is not null) read.Add(known?.Same(file) ?? file);
        });
        return inputs.AddRange(read.OrderBy(f => f.RelativePath, StringComparer.Ordinal));
    }

    /// <summary>The files of <paramref name="paths"/> that exist and sit where this module reads, as the tree walk would name them.</summary>
    List<string> Belonging(string root, IReadOnlyCollection<string> paths)
    {
        var fullRoot = Path.GetFullPath(root);
        return
        [
            .. paths.Select(Path.GetFullPath).Distinct().Where(File.Exists).Where(path => InputTree.IsMarkdownAt(fullRoot, depth, path))
                .Select(path => Path.Combine(root, Path.GetRelativePath(fullRoot, path))).Order(StringComparer.Ordinal),
        ];
    }

    public static SourceFile? Read(string path, BuildContext build)
    {
        var display = build.DisplayPath(path);
        try
        {
            // Content is regular files inside input/: a link may point elsewhere in it, never out of it (a diagnostic
            // would quote the file it reached), and a FIFO or a device would hang the build or never end.
            var kind = FileKind.Of(path);
            if (kind == FileKindOf.Link)
            {
                var target = RealPaths.Of(Path.GetFullPath(path));
                var root = RealPaths.Of(Path.GetFullPath(build.InputDirectory));
                if (target is null) { build.Diagnostics.Add(Problems.FileUnreadable(display, "a symbolic link to nothing")); return null; }
                if (root is null || !RealPaths.IsWithin(target, root)) { build.Diagnostics.Add(Problems.FileOutsideInput(display)); return null; }
                kind = FileKind.Of(target);
            }
            if (kind != FileKindOf.Regular)
            {
                build.Diagnostics.Add(kind == FileKindOf.Missing ? Problems.FileUnreadable(display, "it does not exist") : Problems.FileNotRegular(display));
                return null;
            }
            // One open, one length, one read into a pooled buffer: sixty thousand small files spend more on system calls
            // and buffers than on their text.
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxBytes)
            {
                build.Diagnostics.Add(Problems.FileTooLarge(display, length, MaxBytes));
                return null;
            }
            var buffer = ArrayPool<byte>.Shared.Rent((int)length);
            string? text;
            try
            {
                var read = 0;
                while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var n and > 0) read += n;
                text = Decode(buffer.AsSpan(0, read), display, build.Diagnostics);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            if (text is null) return null;
            var relative = Path.GetRelativePath(build.InputDirectory, path).Replace('\\', '/');
            return new SourceFile(path, display, relative, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            build.Diagnostics.Add(Problems.FileUnreadable(display, e.Message));
            return null;
        }
    }

    /// <summary>Strict UTF-8 (a BOM is allowed and dropped); CRLF and CR become LF so lines count the same everywhere.</summary>
    static string? Decode(ReadOnlySpan<byte> span, string display, DiagnosticBag diagnostics)
    {
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        try
        {
            var text = StrictUtf8.GetString(span);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = LineOfByte(span, e.Index);
            diagnostics.Add(Problems.InvalidUtf8(new SourceLocation(display, line, column)));
            return null;
        }
    }

    static (int Line, int Column) LineOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        if (index < 0 || index > bytes.Length) return (1, 1);
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, index - lineStart + 1);
    }
}
