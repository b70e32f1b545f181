using System.CommandLine;
using PerfReport.Rendering;
using PerfReport.Rendering.Docx;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport templates export DIR</c>: writes the built-in templates and reference document for editing; <c>templates vars</c> lists what templates can use.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "导出到的目录（不存在时自动创建；已有的同名文件不会被覆盖）" };
        var export = new Command("export", "导出默认模板（report.yaml、*.sbn）和参考文档（reference.docx）供修改") { dir };
        export.SetAction(pr => Export(pr.GetValue(dir)!, context));
        var format = CommonOptions.DataFormat();
        var markdown = new Option<bool>("--markdown") { Description = "以 Markdown 表格输出（docs/template-variables.md 即由此生成）" };
        var vars = new Command("vars", "列出模板中可用的全部变量：名称、类型和说明（金额、得分、总分、等级等）") { format, markdown };
        vars.SetAction(pr =>
        {
            var text = pr.GetValue(markdown) ? Output.TemplateVariablesText.Markdown()
                : pr.GetValue(format) == "json" ? Output.TemplateVariablesText.Json() + "\n"
                : Output.TemplateVariablesText.Text();
            context.Out.Write(text);
            return ExitCodes.Success;
        });
        return new Command("templates", "管理报告模板") { export, vars };
    }

    private static int Export(string dir, CliContext context)
    {
        var files = TemplateSet.Default.Files
            .Where(f => !f.Key.StartsWith("reference/", StringComparison.Ordinal))
            .Select(f => (f.Key, Bytes: new System.Text.UTF8Encoding(false).GetBytes(f.Value)))
            .Append((TemplateFolder.ReferenceName, ReferenceDocument.ExportDefault()))
            .ToList();
        var existing = files.Where(f => File.Exists(Path.Combine(context.Resolve(dir), f.Item1))).Select(f => f.Item1).ToList();
        if (existing.Count > 0)
        {
            context.Error.WriteLine($"perfreport: 目录 \"{dir}\" 中已有 {string.Join("、", existing)}，为免覆盖您的修改，未导出任何文件");
            return ExitCodes.UsageOrEnvironment;
        }

        foreach (var (name, bytes) in files)
        {
            if (!OutputFiles.Write(Path.Combine(dir, name), bytes, context)) return ExitCodes.UsageOrEnvironment;
        }

        context.Error.WriteLine($"perfreport: 已导出 {files.Count} 个文件到 {dir}；修改后用 perfreport build --templates {dir} 生成报告");
        return ExitCodes.Success;
    }
}
