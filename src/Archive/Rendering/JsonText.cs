using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Rendering;

/// <summary>
/// Small JSON documents written straight to a <see cref="Utf8JsonWriter"/> through a buffer reused from one to the
/// next: tens of thousands of pages and export items each carry one, and building a node tree for each only to
/// serialize it cost more than the rest of their page. One per <see cref="RenderWorker"/>; not for two threads at once.
/// </summary>
public sealed class JsonText
{
    /// <summary>
    /// For JSON in files of its own (the Web Annotation export): no HTML parser reads it, so &lt;, &gt; and &amp; stay as
    /// they are and quotes are <c>\"</c>: a note's HTML reads as HTML, and the export is 7% smaller than with
    /// <c>\u003C</c> escapes.
    /// </summary>
    public static readonly JavaScriptEncoder FileEncoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    readonly ArrayBufferWriter<byte> _buffer = new(4096);
    Utf8JsonWriter? _script;
    Utf8JsonWriter? _file;

    /// <summary>One JSON object for a page's script element, compact and escaped as <see cref="JsonLd.Options"/> would serialize it.</summary>
    public string Object(Action<Utf8JsonWriter> members) =>
        Write(members, _script ??= new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JsonLd.Options.Encoder }));

    /// <summary>One JSON object for a file of its own: indented, with <see cref="FileEncoder"/>.</summary>
    public string FileObject(Action<Utf8JsonWriter> members) =>
        Write(members, _file ??= new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = FileEncoder, Indented = true }));

    string Write(Action<Utf8JsonWriter> members, Utf8JsonWriter writer)
    {
        _buffer.ResetWrittenCount();
        writer.Reset(_buffer);
        writer.WriteStartObject();
        members(writer);
        writer.WriteEndObject();
        writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
