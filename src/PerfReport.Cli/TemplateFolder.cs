using PerfReport.Rendering;

namespace PerfReport.Cli;

/// <summary>A department's own templates folder (as written by <c>perfreport templates export</c>).</summary>
internal static class TemplateFolder
{
    public const string ReferenceName = "reference.docx";

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
            var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".sbn", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(full, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
            return TemplateSet.FromFiles(folder, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"perfreport: 无法读取模板目录 \"{folder}\"：{e.Message}");
            return null;
        }
    }

    /// <summary>The folder's reference.docx, when it has one.</summary>
    public static string? ReferenceIn(string folder, CliContext context) =>
        File.Exists(Path.Combine(context.Resolve(folder), ReferenceName)) ? Path.Combine(folder, ReferenceName) : null;
}
