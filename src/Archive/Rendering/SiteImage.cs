using System.Buffers.Binary;

namespace Archive.Rendering;

/// <summary>
/// The picture a shared link shows (Open Graph and Twitter cards): the theme's <c>images/site-card.png</c>, copied
/// with the other assets. Its width and height go into every page's head, read from the file so a new picture needs
/// no code change.
/// </summary>
/// <param name="AssetPath">Where the site serves it, relative to the site root.</param>
public sealed record SiteImage(string AssetPath, int Width, int Height)
{
    public const string FileName = "site-card.png";

    public static string PathIn(string themeDirectory) => Path.Combine(themeDirectory, "images", FileName);

    /// <summary>The theme's card, or null when the theme has none or it is not a PNG.</summary>
    public static SiteImage? In(string themeDirectory)
    {
        var path = PathIn(themeDirectory);
        if (!File.Exists(path)) return null;
        // A PNG opens with an 8-byte signature and the IHDR chunk: length, "IHDR", then width and height, big-endian.
        Span<byte> head = stackalloc byte[24];
        using (var file = File.OpenRead(path))
            if (file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length) return null;
        if (!head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) || !head[12..16].SequenceEqual("IHDR"u8))
            return null;
        return new SiteImage(Model.Urls.Asset(FileName), BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..]));
    }
}
