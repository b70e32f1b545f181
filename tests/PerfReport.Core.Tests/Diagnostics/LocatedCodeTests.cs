using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Diagnostics;
using PerfReport.Rendering;
using PerfReport.Rendering.Docx;
using PerfReport.TestKit;
using PerfReport.Text;
using PerfReport.Validation;

namespace PerfReport.Tests.Diagnostics;

/// <summary>
/// The codes that a rule spec (YAML in, diagnostics out) cannot produce: too large or wrongly encoded input, and the
/// output phase (templates, reference document, manifest, internal error). Each case states file, line, column and message.
/// </summary>
public class LocatedCodeTests
{
    private sealed record Case(string Id, Func<IReadOnlyList<Diagnostic>> Run, string File, int Line, int Column, string Message);

    private static readonly string Minimal = Repo.Read("samples", "minimal.yaml");

    /// <summary>The default report.yaml with one table name misspelt, and where the misspelling stands.</summary>
    private static readonly string Misspelt = TemplateSet.Default.Files[ReportManifest.FileName].Replace("table: BasicDataTable", "table: BasicDataTabel", StringComparison.Ordinal);

    private static readonly (int Line, int Column) MisspeltAt = Misspelt.Split('\n').Select((l, i) => (Line: i + 1, Column: l.IndexOf("BasicDataTabel", StringComparison.Ordinal) + 1)).First(p => p.Column > 0);

    private static readonly Dictionary<string, Case> Cases = new[]
    {
        new Case("PR0004", () => Validate(Enumerable.Repeat((byte)'#', Compilation.MaxInputBytes + 1).ToArray()), "t.yaml", 1, 1, $"文件超过 {Compilation.MaxInputBytes} 字节的上限；一份自评报告的数据不应这么大，请检查是否选错了文件"),
        new Case("PR0008", () => Validate([0x79, 0x65, 0x61, 0x72, 0x3A, 0x20, 0xC4, 0xEA, 0x0A]), "t.yaml", 1, 1, "文件不是 UTF-8 编码（可能是 GBK/GB2312），请在编辑器中“另存为 UTF-8”后再试"),
        new Case("PR0010", () => Validate(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("- 0\n", 1_000_001)))), "t.yaml", 1_000_000, 3, "文件包含超过 1000000 个 YAML 节点，已停止读取"),
        new Case("PR9001", () => Build(templates: WithFile("sections/10-other.sbn", "第一行\n{{ if }}\n")), "templates/sections/10-other.sbn", 2, 7, "~模板错误："),
        new Case("PR9101", () => Build(reference: WithoutStyle("TableTextSmall")), "minimal.yaml", 1, 1, "~参考文档缺少样式："),
        new Case("PR9102", () => Build(reference: "not a zip"u8.ToArray()), "minimal.yaml", 1, 1, "~参考文档无法读取："),
        new Case("PR9201", () => Build(templates: WithFile(ReportManifest.FileName, Misspelt)), "templates/report.yaml", MisspeltAt.Line, MisspeltAt.Column, "~BasicDataTabel"),
        new Case("PR9901", () => Compilation.Validate(SourceText.From("t.yaml", Minimal), CompilationOptions.Default, [new ThrowingRule()]).Diagnostics, "t.yaml", 1, 1, "~内部错误（"),
    }.ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>The codes this class produces with their location; the meta-test counts them as located.</summary>
    public static IReadOnlyCollection<string> Ids => Cases.Keys;

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Cases.Keys) data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Code_is_reported_at_its_place_with_its_message(string id)
    {
        var c = Cases[id];
        var all = c.Run();
        var d = all.FirstOrDefault(x => x.Id == id);
        Assert.True(d is not null, $"{id} not produced; got:\n{string.Join("\n", all.Select(x => $"  {x.FilePath}({x.Span.Line},{x.Span.Column}) {x.Id} {x.Message}"))}");
        Assert.Equal((c.File, c.Line, c.Column), (d.FilePath, d.Span.Line, d.Span.Column));
        if (c.Message.StartsWith('~')) Assert.Contains(c.Message[1..], d.Message, StringComparison.Ordinal);
        else Assert.Equal(c.Message, d.Message);
    }

    private static IReadOnlyList<Diagnostic> Validate(byte[] bytes) => Compilation.Validate("t.yaml", bytes, CompilationOptions.Default).Diagnostics;

    private static IReadOnlyList<Diagnostic> Build(TemplateSet? templates = null, byte[]? reference = null) =>
        Compilation.Build(SourceText.From("minimal.yaml", Minimal), CompilationOptions.Default with { Templates = templates, ReferenceDocx = reference }).Diagnostics;

    private static TemplateSet WithFile(string name, string text)
    {
        var files = TemplateSet.Default.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        Assert.True(files.ContainsKey(name), name);
        files[name] = text;
        return TemplateSet.FromFiles("templates", files);
    }

    private static byte[] WithoutStyle(string styleId)
    {
        using var stream = new MemoryStream();
        stream.Write(ReferenceDocument.ExportDefault());
        using (var doc = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            styles.Elements<Style>().Single(s => s.StyleId == styleId).Remove();
            styles.Save();
        }

        return stream.ToArray();
    }

    private sealed class ThrowingRule : IValidationRule
    {
        public DiagnosticDescriptor Descriptor => Rules.Find("PR2001")!;

        public void Check(ValidationContext context) => throw new InvalidOperationException("a rule that fails");
    }
}
