using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Archive.Rendering;

/// <summary>
/// Small JSON documents written straight to a <see cref="Utf8JsonWriter"/> through a buffer reused per thread: tens of
/// thousands of pages and export items each carry one, and building a node tree for each only to serialize it cost
/// more than the rest of their page.
/// </summary>
public static class JsonText
{
    [ThreadStatic] static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] static Utf8JsonWriter? t_compact;
    [ThreadStatic] static Utf8JsonWriter? t_indented;

    /// <summary>One JSON object holding what <paramref name="members"/> writes, as <see cref="JsonLd.Options"/> would serialize it.</summary>
    public static string Object(Action<Utf8JsonWriter> members, bool indented = false)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = indented
            ? t_indented ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonLd.Options.Encoder, Indented = true })
            : t_compact ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonLd.Options.Encoder });
        writer.Reset(buffer);
        writer.WriteStartObject();
        members(writer);
        writer.WriteEndObject();
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
