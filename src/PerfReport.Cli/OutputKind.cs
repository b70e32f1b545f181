namespace PerfReport.Cli;

/// <summary>What <c>build</c> can write, each named by its file extension.</summary>
internal enum OutputKind
{
    Docx,
    Pdf,
    Markdown,
}

internal static class OutputKinds
{
    public static string Extension(this OutputKind kind) => kind switch
    {
        OutputKind.Pdf => ".pdf",
        OutputKind.Markdown => ".md",
        _ => ".docx",
    };

    /// <summary>The kind a file name asks for by its extension (any case), or null for any other extension.</summary>
    public static OutputKind? Of(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".DOCX" => OutputKind.Docx,
        ".PDF" => OutputKind.Pdf,
        ".MD" => OutputKind.Markdown,
        _ => null,
    };

    /// <summary>Why an output file name is refused, in Chinese.</summary>
    public static string UnknownExtension(string path)
    {
        var extension = Path.GetExtension(path);
        var what = extension.Length == 0 ? "没有扩展名" : $"的扩展名 \"{extension}\" 不受支持";
        return $"输出文件 \"{path}\" {what}：请用 .docx（Word）、.pdf（经 LibreOffice 转换）或 .md（Markdown）；要写到一个目录中，请在目录名末尾加 /";
    }
}
