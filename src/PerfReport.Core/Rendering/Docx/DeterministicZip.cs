using System.IO.Compression;

namespace PerfReport.Rendering.Docx;

/// <summary>
/// Writes zip packages byte for byte reproducibly: entries in a fixed order ([Content_Types].xml, _rels/.rels, then
/// ordinal by name) and every entry stamped with the same time.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>1980-01-01, the earliest time a zip entry can carry.</summary>
    public static readonly DateTimeOffset DefaultTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Latest = new(2107, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Re-zips a package with fixed order and timestamps.</summary>
    public static byte[] Normalize(byte[] package, DateTimeOffset? timestamp)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e => (e.FullName, Data: ReadAll(e))).ToList();
        return Create(entries, timestamp);
    }

    /// <summary>Creates a zip from (entry name, content) pairs.</summary>
    public static byte[] Create(IEnumerable<(string Name, byte[] Data)> entries, DateTimeOffset? timestamp) =>
        Create(entries.Select(e => (e.Name, (Action<Stream>)(stream => stream.Write(e.Data)))), timestamp);

    /// <summary>Creates a zip from (entry name, writer) pairs: each writer writes its entry's content straight into the deflater.</summary>
    public static byte[] Create(IEnumerable<(string Name, Action<Stream> Write)> entries, DateTimeOffset? timestamp)
    {
        // Zip stores local date and time without a zone: use the UTC wall time, clamped to what zip can hold.
        var utc = (timestamp ?? DefaultTimestamp).ToUniversalTime();
        var stamp = utc < DefaultTimestamp ? DefaultTimestamp : utc > Latest ? Latest : utc;
        stamp = new DateTimeOffset(stamp.DateTime, TimeSpan.Zero);

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, write) in entries.OrderBy(e => Rank(e.Name)).ThenBy(e => e.Name, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                write(stream);
            }
        }

        return output.ToArray();
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
