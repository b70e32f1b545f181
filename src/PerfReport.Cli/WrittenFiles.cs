using System.Globalization;

namespace PerfReport.Cli;

/// <summary>
/// The line <c>build</c> prints for each file it wrote: <c>已写出 2022.pdf（9 页，312 KB）</c>. On stdout with the text
/// format; on stderr when stdout carries json, sarif or github data; not at all with <c>--quiet</c> (a null writer).
/// </summary>
internal sealed class WrittenFiles(TextWriter? writer)
{
    public void Report(string path, byte[] bytes, OutputKind kind)
    {
        if (writer is null) return;
        var size = Kilobytes(bytes.Length);
        var pages = kind == OutputKind.Pdf ? PdfConverter.Pages(bytes) : null;
        writer.WriteLine(pages is { } n ? $"已写出 {path}（{n.ToString(CultureInfo.InvariantCulture)} 页，{size}）" : $"已写出 {path}（{size}）");
    }

    /// <summary>The size in KB (1024 bytes), rounded up so that a small file never shows as 0 KB.</summary>
    internal static string Kilobytes(long bytes) => $"{((bytes + 1023) / 1024).ToString(CultureInfo.InvariantCulture)} KB";
}
