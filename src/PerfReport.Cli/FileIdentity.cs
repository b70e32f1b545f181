using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PerfReport.Cli;

/// <summary>What kind of thing a path names, as the file system says (not as its spelling suggests).</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Other,
}

/// <summary>A file's identity: device and inode on Unix, volume serial and file ID on Windows.</summary>
internal readonly record struct FileId(ulong Device, ulong Node);

/// <summary>
/// Asks the operating system which file a path names, so that "is this output one of the inputs?" compares files,
/// not spellings: a symbolic link, a hard link and "a/../b" all lead to the same identity.
/// </summary>
internal static class FileIdentity
{
    /// <summary>The identity and kind of the file at <paramref name="path"/>; with <paramref name="followLinks"/> false, of a link itself.</summary>
    public static (FileId? Id, FileKind Kind) Of(string path, bool followLinks = true)
    {
        try
        {
            if (OperatingSystem.IsLinux()) return Linux(path, followLinks);
            if (OperatingSystem.IsWindows()) return Windows(path, followLinks);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            // Fall through to what .NET alone can tell.
        }

        return (null, KindByDotNet(path, followLinks));
    }

    private static FileKind KindByDotNet(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path)) return info.LinkTarget is null ? FileKind.Missing : FileKind.SymbolicLink;
        if (!followLinks && info.LinkTarget is not null) return FileKind.SymbolicLink;
        return Directory.Exists(path) ? FileKind.Directory : FileKind.Regular;
    }

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxTypeAndIno = 0x001 | 0x100;

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Ino;

        [FieldOffset(136)]
        public uint DevMajor;

        [FieldOffset(140)]
        public uint DevMinor;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxCall(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out Statx buffer);

    private static (FileId?, FileKind) Linux(string path, bool followLinks)
    {
        if (StatxCall(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxTypeAndIno, out var s) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is 2 or 20 ? (null, FileKind.Missing) : throw new IOException($"statx: errno {errno}");
        }

        var kind = (s.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Other,
        };
        return (new FileId(((ulong)s.DevMajor << 32) | s.DevMinor, s.Ino), kind);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ByHandleFileInformation
    {
        public uint FileAttributes;
        public long CreationTime;
        public long LastAccessTime;
        public long LastWriteTime;
        public uint VolumeSerialNumber;
        public uint FileSizeHigh;
        public uint FileSizeLow;
        public uint NumberOfLinks;
        public uint FileIndexHigh;
        public uint FileIndexLow;
    }

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetFileInformationByHandle(SafeFileHandle file, out ByHandleFileInformation information);

    private static (FileId?, FileKind) Windows(string path, bool followLinks)
    {
        var kind = KindByDotNet(path, followLinks);
        if (kind is not FileKind.Regular) return (null, kind);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (!GetFileInformationByHandle(handle, out var info)) return (null, kind);
        return (new FileId(info.VolumeSerialNumber, ((ulong)info.FileIndexHigh << 32) | info.FileIndexLow), kind);
    }
}
