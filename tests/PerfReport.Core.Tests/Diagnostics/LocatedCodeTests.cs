using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Diagnostics;
using PerfReport.Rendering;
using PerfReport.Rendering.Docx;
using PerfReport.TestKit;
using PerfReport.Text;
using PerfReport.Validation;
using WordTemplates = PerfReport.Tests.Rendering.WordTemplates;

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
    private static readonly string Misspelt = TemplateSet.Default.Files[ReportManifest.FileName].Replace("table: tables/basic-data.table.yaml", "table: BasicDataTabel", StringComparison.Ordinal);

    private static readonly (int Line, int Column) MisspeltAt = Misspelt.Split('\n').Select((l, i) => (Line: i + 1, Column: l.IndexOf("BasicDataTabel", StringComparison.Ordinal) + 1)).First(p => p.Column > 0);

    private static readonly Dictionary<string, Case> Cases = new[]
    {
        new Case("PR0004", () => Validate(Enumerable.Repeat((byte)'#', Compilation.MaxInputBytes + 1).ToArray()), "t.yaml", 1, 1, $"文件超过 {Compilation.MaxInputBytes} 字节的上限；一份自评报告的数据不应这么大，请检查是否选错了文件"),
        new Case("PR0008", () => Validate([0x79, 0x65, 0x61, 0x72, 0x3A, 0x20, 0xC4, 0xEA, 0x0A]), "t.yaml", 1, 1, "文件不是 UTF-8 编码（可能是 GBK/GB2312），请在编辑器中“另存为 UTF-8”后再试"),
        new Case("PR0010", () => Validate(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("- 0\n", 1_000_001)))), "t.yaml", 1_000_000, 3, "文件包含超过 1000000 个 YAML 节点，已停止读取"),
        new Case("PR1013", () => Validate("year: 2023\ndepartment: { name: 某局, finance_bureau: 某县财政局 }\n"u8.ToArray()).Where(d => d.YamlPath == "problems").ToList(), "t.yaml", 1, 1, "报告的“七、存在的问题及原因分析”需要“存在的问题”（problems），文件中没有"),
        new Case("PR1014", () => Validate(Encoding.UTF8.GetBytes(Minimal.Replace("  finance_bureau: ", "  # finance_bureau: ", StringComparison.Ordinal))), "t.yaml", MinimalLine("department:"), 1, "报告的“开头语”要印出“布置自评工作的财政部门”（department.finance_bureau），文件中没有"),
        new Case("PR1015", () => Validate(Encoding.UTF8.GetBytes(ReplaceFirst(Minimal, ", weight: 15 }", " }"))), "t.yaml", MinimalLine(", weight: 15 }"), MinimalColumn(", weight: 15 }", "- {") + 2, "~没有分值（weight）；每个三级指标都要写分值，没有分值无法计分"),
        new Case("PR1020", () => Validate(Encoding.UTF8.GetBytes(Minimal.Replace("  name: 青禾县档案馆 ", "  name: \"\\a青禾县档案馆\" ", StringComparison.Ordinal))), "t.yaml", MinimalLine("  name: 青禾县档案馆"), 10, "~文字中有控制字符 U+0007（第 1 个字符处，共 1 个），已删去"),
        new Case("PR1021", () => Validate(Encoding.UTF8.GetBytes("year: 2023\nproblems:\n" + string.Concat(Enumerable.Repeat("  - 问题。\n", MapReaderMaxItems + 1)))), "t.yaml", 3 + MapReaderMaxItems, 5, $"problems 有 {MapReaderMaxItems + 1} 项，超过 {MapReaderMaxItems} 项的上限；多出的项不予读取"),
        new Case("PR3030", () => WithPrevious("year: 2023\ndepartment: { name: 某局 }\nbasic_data_table:\n  funds:\n    basic: { actual: 99.2 }\n    special_projects:\n      - { name: 专项甲, actual: 4.5 }\n", "year: 2024\ndepartment: { name: 某局 }\nbasic_data_table:\n  funds:\n    basic: { prior_actual: 99.2 }\n    special_projects:\n      - { name: 专项甲, prior_actual: 5.4 }\n"), "t.yaml", 7, 36, "基础数据表专项“专项甲”上年决算数 5.40 与上年报告 2023.yaml 第 7 行的本年数 4.50 不符（差 0.90）"),
        new Case("PR9001", () => Build(templates: WithFile("sections/10-other.sbn", "第一行\n{{ if }}\n")), "templates/sections/10-other.sbn", 2, 7, "~模板错误："),
        new Case("PR9101", () => Build(reference: WithoutStyle("TableTextSmall")), "minimal.yaml", 1, 1, "~参考文档缺少样式："),
        new Case("PR9102", () => Build(reference: "not a zip"u8.ToArray()), "minimal.yaml", 1, 1, "~参考文档无法读取："),
        new Case("PR9002", () => Build(templates: WithFile("sections/10-other.sbn", "第一行\n{{ for i in 1..2000000 }}x{{ end }}\n")), "templates/sections/10-other.sbn", 2, 14, "~模板超出运行限制："),
        new Case("PR9103", () => Build(reference: ZipOf(ZipLimitsMaxEntries + 1)), "minimal.yaml", 1, 1, $"参考文档超出大小限制：压缩包中有 {ZipLimitsMaxEntries + 1} 个部件，超过 {ZipLimitsMaxEntries} 个的上限；请检查是否选错了文件"),
        new Case("PR9301", () => WordTemplates.WordDocs.Build(WordTemplates.WordDocs.Create([WordTemplates.WordDocs.Para("{{ income.totl }}")])).Diagnostics, "模板.docx", 1, 1, "Word 模板中的标签有误：第1段的 {{ income.totl }}：没有成员 totl；可用的变量见 perfreport templates vars"),
        new Case("PR9302", () => WordTemplates.WordDocs.Build(WordTemplates.WordDocs.Create([WordTemplates.WordDocs.Para("{{ if year }}")])).Diagnostics, "模板.docx", 1, 1, "Word 模板的循环或条件结构有误：第1段的 {{ if year }} 没有对应的 {{ end }}；请在要重复或选择的内容之后写 {{ end }}"),
        new Case("PR9303", () => WordTemplates.WordDocs.Build("not a zip"u8.ToArray()).Diagnostics, "模板.docx", 1, 1, "~Word 模板无法读取：不是有效的 Word 文档"),
        new Case("PR9202", () => Build(templates: WithFile("tables/basic-data.table.yaml", "columns: 2\nrows:\n  - cells: [a, b, c]\n")), "templates/tables/basic-data.table.yaml", 3, 12, "表格描述有误：第1行各格的 span 之和为 3，应等于 columns（2）"),
        new Case("PR9203", () => Build(templates: WithFile("tables/basic-data.table.yaml", "columns: 1\nrows:\n  - cells: [\"{{ basic_data.totl }}\"]\n")), "templates/tables/basic-data.table.yaml", 3, 13, "表格描述中的模板有误：第1行 第1格：没有成员 totl；可用的变量见 perfreport templates vars"),
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

    private const int MapReaderMaxItems = 10_000;

    private const int ZipLimitsMaxEntries = 1_000;

    /// <summary>The 1-based line of minimal.yaml that holds <paramref name="text"/> first.</summary>
    private static int MinimalLine(string text) => Minimal[..Minimal.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    /// <summary>The 1-based column of <paramref name="find"/> on the line of minimal.yaml that holds <paramref name="text"/>.</summary>
    private static int MinimalColumn(string text, string find)
    {
        var line = Minimal.Split('\n')[MinimalLine(text) - 1];
        return line.IndexOf(find, StringComparison.Ordinal) + 1;
    }

    private static string ReplaceFirst(string text, string find, string with)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return text[..at] + with + text[(at + find.Length)..];
    }

    /// <summary>A zip archive of <paramref name="entries"/> empty parts.</summary>
    private static byte[] ZipOf(int entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < entries; i++) zip.CreateEntry($"p{i}.xml");
        }

        return stream.ToArray();
    }

    /// <summary>This year's file checked against last year's (<c>validate --previous</c>); last year's is named 2023.yaml.</summary>
    private static IReadOnlyList<Diagnostic> WithPrevious(string lastYear, string thisYear)
    {
        var options = Compilation.ReadPrevious("2023.yaml", Encoding.UTF8.GetBytes(lastYear), CompilationOptions.Default).Options;
        return Compilation.Validate("t.yaml", Encoding.UTF8.GetBytes(thisYear), options).Diagnostics;
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
