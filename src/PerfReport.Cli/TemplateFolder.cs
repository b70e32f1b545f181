using PerfReport.Rendering;

namespace PerfReport.Cli;

/// <summary>
/// A department's own templates folder (as written by <c>perfreport templates export</c>), read with caps: at most
/// <see cref="MaxFiles"/> template files of at most <see cref="MaxFileBytes"/> each, regular files only, and no
/// symbolic link that leads outside the folder.
/// </summary>
internal static class TemplateFolder
{
    public const string ReferenceName = "reference.docx";
    public const int MaxFiles = 200;
    public const int MaxFileBytes = 1024 * 1024;

    public static TemplateSet? Read(string folder, CliContext context)
    {
        var full = context.Resolve(folder);
        if (!Directory.Exists(full))
        {
            context.Error.WriteLine($"perfreport: 找不到模板目录 \"{folder}\"（可先运行 perfreport templates export {folder} 导出默认模板）");
            return null;
        }

        try
        {
            var realRoot = RealPath.Of(full) ?? full;
            var names = Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, MaxRecursionDepth = 8 })
                .Where(f => f.EndsWith(".sbn", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
                .Take(MaxFiles + 1)
                .ToList();
            if (names.Count > MaxFiles)
            {
                context.Error.WriteLine($"perfreport: 模板目录 \"{folder}\" 中的模板文件超过 {MaxFiles} 个，请检查是否选错了目录");
                return null;
            }

            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var f in names)
            {
                var shown = Path.Combine(folder, Path.GetRelativePath(full, f)).Replace('\\', '/');
                var real = RealPath.Of(f);
                string? problem = null;
                if (real is null || !RealPath.IsInside(real, realRoot)) problem = "是指向模板目录之外的链接";
                else if (FileIdentity.Of(real, followLinks: false).Kind != FileKind.Regular) problem = "不是普通文件（可能是管道或设备）";
                else if (new FileInfo(real).Length > MaxFileBytes) problem = $"超过 {MaxFileBytes / 1024 / 1024} MiB";
                if (problem is not null)
                {
                    context.Error.WriteLine($"perfreport: 模板文件 \"{shown}\" {problem}，不予读取");
                    return null;
                }

                var bytes = InputFiles.ReadCapped(new FileStream(real!, FileMode.Open, FileAccess.Read, FileShare.Read), MaxFileBytes);
                if (bytes.Length > MaxFileBytes || Text.SourceText.FromUtf8(shown, bytes) is not { } text)
                {
                    context.Error.WriteLine($"perfreport: 模板文件 \"{shown}\" 超过 {MaxFileBytes / 1024 / 1024} MiB 或不是 UTF-8 编码，不予读取");
                    return null;
                }

                files[Path.GetRelativePath(full, f).Replace('\\', '/')] = text.Content;
            }

            return TemplateSet.FromFiles(folder, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"perfreport: 无法读取模板目录 \"{folder}\"：{IoErrors.Describe(e)}");
            return null;
        }
    }

    /// <summary>The folder's reference.docx, when it has one.</summary>
    public static string? ReferenceIn(string folder, CliContext context) =>
        File.Exists(Path.Combine(context.Resolve(folder), ReferenceName)) ? Path.Combine(folder, ReferenceName) : null;
}
