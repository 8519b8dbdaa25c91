using System.Text;

namespace Archive.Model;

/// <summary>
/// RFC 3987's mapping of an IRI to a URI: every character outside ASCII becomes its UTF-8 bytes, each percent-encoded.
/// ASCII characters are left as they are (the site's own paths hold only slug characters, '/' and '#').
/// </summary>
public static class Iri
{
    public static string ToUri(string iri)
    {
        var uri = new StringBuilder(iri.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c < 0x80 && c > 0x20) { uri.Append(c); continue; }
            var length = char.IsSurrogatePair(iri, i)
                ? Encoding.UTF8.GetBytes(iri.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(iri.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length]) uri.Append('%').Append(b.ToString("X2"));
        }
        return uri.ToString();
    }
}
