using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Rendering;

/// <summary>
/// Small JSON documents written straight to a <see cref="Utf8JsonWriter"/> through a buffer reused per thread: tens of
/// thousands of pages and export items each carry one, and building a node tree for each only to serialize it cost
/// more than the rest of their page.
/// </summary>
public static class JsonText
{
    /// <summary>
    /// For JSON in files of its own (the Web Annotation export): no HTML parser reads it, so &lt;, &gt; and &amp; stay as
    /// they are and quotes are <c>\"</c>: a note's HTML reads as HTML, and the export is 7% smaller than with
    /// <c>\u003C</c> escapes.
    /// </summary>
    public static readonly JavaScriptEncoder FileEncoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    [ThreadStatic] static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] static Utf8JsonWriter? t_script;
    [ThreadStatic] static Utf8JsonWriter? t_file;

    /// <summary>One JSON object for a page's script element, compact and escaped as <see cref="JsonLd.Options"/> would serialize it.</summary>
    public static string Object(Action<Utf8JsonWriter> members) =>
        Write(members, t_script ??= new Utf8JsonWriter(ThreadBuffer, new JsonWriterOptions { Encoder = JsonLd.Options.Encoder }));

    /// <summary>One JSON object for a file of its own: indented, with <see cref="FileEncoder"/>.</summary>
    public static string FileObject(Action<Utf8JsonWriter> members) =>
        Write(members, t_file ??= new Utf8JsonWriter(ThreadBuffer, new JsonWriterOptions { Encoder = FileEncoder, Indented = true }));

    static ArrayBufferWriter<byte> ThreadBuffer => t_buffer ??= new ArrayBufferWriter<byte>(4096);

    static string Write(Action<Utf8JsonWriter> members, Utf8JsonWriter writer)
    {
        var buffer = ThreadBuffer;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        members(writer);
        writer.WriteEndObject();
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
