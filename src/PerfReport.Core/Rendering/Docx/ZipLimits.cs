using System.IO.Compression;

namespace PerfReport.Rendering.Docx;

/// <summary>
/// Bounds on a .docx (a zip) that a user hands in: how many entries, how large each entry and all of them are once
/// inflated. The sizes are counted while inflating, never taken from the headers, which a zip bomb fills with lies;
/// reading stops at the first byte past a limit, so a bomb costs at most a limit's worth of inflating and no memory.
/// </summary>
internal static class ZipLimits
{
    public const int MaxEntries = 1_000;
    public const long MaxEntryBytes = 32L * 1024 * 1024;
    public const long MaxTotalBytes = 128L * 1024 * 1024;

    /// <summary>Real documents inflate to a few times their size (XML 10–20 ×); a bomb to thousands of times.</summary>
    public const int MaxRatio = 100;

    /// <summary>Null when the package is within the limits; else why not, in Chinese.</summary>
    public static string? Check(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var total = Math.Min(MaxTotalBytes, Math.Max(8L * 1024 * 1024, (long)MaxRatio * docx.Length));
        try
        {
            using var archive = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries) return $"压缩包中有 {archive.Entries.Count} 个部件，超过 {MaxEntries} 个的上限";
            var buffer = new byte[64 * 1024];
            long sum = 0;
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                long size = 0;
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    size += n;
                    sum += n;
                    if (size > MaxEntryBytes) return $"部件 {Diagnostics.Quote.Cut(entry.FullName)} 解压后超过 {MaxEntryBytes / 1024 / 1024} MiB 的上限（可能是压缩炸弹）";
                    if (sum > total) return $"解压后的总大小超过 {total / 1024 / 1024} MiB 的上限（可能是压缩炸弹）";
                }
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // Not a zip the reader can walk: the package reader reports it (PR9102) in its own words.
            return null;
        }
    }
}
