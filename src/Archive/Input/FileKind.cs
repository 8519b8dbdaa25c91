using System.Runtime.InteropServices;

namespace Archive.Input;

public enum FileKindOf { Regular, Link, Directory, Other, Missing }

/// <summary>
/// What a path names, without opening it: opening a FIFO blocks until someone writes to it, and a device such as
/// /dev/zero never ends. .NET reports neither (both look like empty files), so this asks Linux's <c>statx</c>, whose
/// structure is the same on every architecture. Elsewhere every existing file counts as regular.
/// </summary>
public static class FileKind
{
    const int AtCurrentDirectory = -100;
    const int NoFollow = 0x100;      // AT_SYMLINK_NOFOLLOW
    const uint TypeMask = 0x1;       // STATX_TYPE
    const int ModeOffset = 28;       // stx_mode, after mask, blksize, attributes, nlink, uid, gid

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    /// <summary>The kind of <paramref name="path"/> itself; a symbolic link is <see cref="FileKindOf.Link"/>, not followed.</summary>
    public static FileKindOf Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[256];
            try
            {
                if (Statx(AtCurrentDirectory, path, NoFollow, TypeMask, buffer) != 0) return FileKindOf.Missing;
                return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
                {
                    0x8000 => FileKindOf.Regular,
                    0xA000 => FileKindOf.Link,
                    0x4000 => FileKindOf.Directory,
                    _ => FileKindOf.Other,
                };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKindOf.Link;
        if (Directory.Exists(path)) return FileKindOf.Directory;
        return info.Exists ? FileKindOf.Regular : FileKindOf.Missing;
    }
}
