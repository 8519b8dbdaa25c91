using System.Runtime.InteropServices;

namespace Archive.Output;

/// <summary>
/// Swaps two folders in one step, so output/ exists at every instant: Linux's <c>renameat2(RENAME_EXCHANGE)</c>. Where
/// the system or file system cannot exchange, the caller falls back to two renames, and a build that dies between
/// them is repaired by the next (see <see cref="StagingFolder.RecoverLeftovers"/>).
/// </summary>
static class RenameExchange
{
    const int AtCurrentDirectory = -100;
    const uint Exchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    /// <summary>Exchanges <paramref name="a"/> and <paramref name="b"/> atomically; false when this system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, Exchange) == 0) return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        var error = Marshal.GetLastPInvokeError();
        // ENOSYS (old kernel), EINVAL (file system without exchange), ENOTSUP: fall back. Anything else is a real failure.
        const int NoSystemCall = 38, Invalid = 22, NotSupported = 95;
        if (error is NoSystemCall or Invalid or NotSupported) return false;
        throw new IOException($"cannot swap {b} into place ({Marshal.GetPInvokeErrorMessage(error)})");
    }
}
