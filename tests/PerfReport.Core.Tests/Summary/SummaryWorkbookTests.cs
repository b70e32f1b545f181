using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PerfReport.Summary;
using PerfReport.TestKit;

namespace PerfReport.Tests.Summary;

/// <summary>The summary workbook of the three samples and four generated reports (two unreadable, one quoted name, one wrong sum).</summary>
public class SummaryWorkbookTests
{
    private const string FirstPublishedError = "PR2008（第 154 行）：基础数据表本年决算栏：专项各行合计 19.08 与项目支出 8.29 不符（差 10.79）；项目支出本年决算与正文一致，应核对专项各行";

    /// <summary>The reports, in the order summary puts them (ordinal by path).</summary>
    internal static List<ReportSummary> Reports()
    {
        var minimal = Repo.Read("samples", "minimal.yaml").Split('\n');
        string Edit(int line, string from, string to)
        {
            var copy = (string[])minimal.Clone();
            Assert.Contains(from, copy[line - 1], StringComparison.Ordinal);
            copy[line - 1] = copy[line - 1].Replace(from, to, StringComparison.Ordinal);
            return string.Join('\n', copy);
        }

        var quoted = Edit(15, "name: 青禾县档案馆", "name: '青禾县\"财政,局\"'");
        quoted = string.Join('\n', quoted.Split('\n').Select((l, i) => i == 10 ? l.Replace("2024", "2023", StringComparison.Ordinal) : l));
        var reports = new List<ReportSummary>
        {
            Of("generated/binary.yaml", [0xFF, 0xFE, 0x00]),
            Of("generated/broken.yaml", "year: 2024\ndepartment: [\n"u8.ToArray()),
            Of("generated/quoted.yaml", System.Text.Encoding.UTF8.GetBytes(quoted)),
            Of("generated/wrong-sum.yaml", System.Text.Encoding.UTF8.GetBytes(Edit(43, "190.30", "190.31"))),
        };
        foreach (var sample in new[] { "2022-as-published.yaml", "2022.yaml", "minimal.yaml" })
            reports.Add(ReportSummary.Of("samples/" + sample, Yaml.CheckSample(sample)));
        return reports;
    }

    private static ReportSummary Of(string path, byte[] bytes) => ReportSummary.Of(path, Compilation.Validate(path, bytes, CompilationOptions.Default));

    [Fact]
    public void Each_report_gives_its_department_year_figures_score_and_first_error()
    {
        var published = ReportSummary.Of("samples/2022-as-published.yaml", Yaml.CheckSample("2022-as-published.yaml"));
        Assert.Equal("益阳市资阳区工商业联合会", published.Department);
        Assert.Equal(2022, published.Year);
        Assert.Equal(107.49m, published.IncomeTotal);
        Assert.Equal(107.49m, published.ExpenditureTotal);
        Assert.Equal(100m, published.ExecutionRatePercent);
        Assert.Equal(99m, published.Score);
        Assert.Equal("优", published.Grade);
        Assert.Equal((4, 11), (published.Errors, published.Warnings));
        Assert.Equal(FirstPublishedError, published.FirstErrorText);
        Assert.Equal((154, 52), (published.FirstError!.Span.Line, published.FirstError.Span.Column));
    }

    [Fact]
    public void A_file_that_does_not_parse_still_has_a_line_with_its_error_and_no_figures()
    {
        var broken = Reports()[1];
        Assert.Equal("generated/broken.yaml", broken.Path);
        Assert.Null(broken.Department);
        Assert.Null(broken.Year);
        Assert.Null(broken.IncomeTotal);
        Assert.Null(broken.Score);
        Assert.Equal((1, 0), (broken.Errors, broken.Warnings));
        Assert.Equal("PR0001（第 3 行）：YAML 语法错误：缩进或括号不匹配（While parsing a node, did not find expected node content.）", broken.FirstErrorText);
    }

    [Fact]
    public void Totals_add_the_known_figures_and_weight_the_execution_rate_by_budget()
    {
        var reports = Reports();
        var totals = SummaryTotals.Of(reports);
        Assert.Equal(7, totals.Reports);
        // minimal.yaml and its two readable variants; the two unreadable files add nothing.
        Assert.Equal((240m * 3) + (107.49m * 2), totals.IncomeTotal);
        Assert.Equal((240m * 3) + (107.49m * 2), totals.ExpenditureTotal);
        var funded = reports.Where(r => r.Budget is not null).ToList();
        Assert.Equal(5, funded.Count);
        var expected = Math.Round(funded.Sum(r => r.Executed!.Value) * 100m / funded.Sum(r => r.Budget!.Value), 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, totals.ExecutionRatePercent);
        Assert.Equal((7, 21), (totals.Errors, totals.Warnings));
    }

    public static TheoryData<FileFormatVersions> Versions() => [FileFormatVersions.Office2007, FileFormatVersions.Office2019, FileFormatVersions.Microsoft365];

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_workbook_validates_with_the_OpenXml_SDK(FileFormatVersions version)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(SummaryWorkbook.Write(Reports())), false);
        var errors = new OpenXmlValidator(version).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["报告汇总", "问题清单"], sheets);
    }

    [Fact]
    public void Header_row_is_frozen_columns_fit_their_widest_cell_counting_CJK_double()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(SummaryWorkbook.Write(Reports())), false);
        foreach (var part in doc.WorkbookPart!.WorksheetParts)
        {
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.Equal((1d, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        }

        var first = Sheet(doc, "报告汇总");
        var widths = first.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        // 文件: "samples/2022-as-published.yaml" is 30 columns; 部门: 12 CJK characters are 24; each + 2 of margin.
        Assert.Equal(32d, widths[0]);
        Assert.Equal(26d, widths[1]);
        // 年度: the header "年度" (4, +1 for bold) outweighs "2022"; + 2.
        Assert.Equal(7d, widths[2]);
        // 第一个错误: the long messages are capped at 80.
        Assert.Equal(80d, widths[10]);
    }

    [Fact]
    public void Numbers_are_stored_as_numbers_with_0_00_and_percent_formats()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(SummaryWorkbook.Write(Reports())), false);
        var sheet = Sheet(doc, "报告汇总");
        var formats = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().Select(f => f.NumberFormatId!.Value).ToList();
        Cell CellAt(string reference) => sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

        // Row 6 is samples/2022-as-published.yaml.
        Assert.Equal("samples/2022-as-published.yaml", CellAt("A6").InlineString!.InnerText);
        foreach (var (reference, value, format) in new[] { ("C6", "2022", 1u), ("D6", "107.49", 2u), ("E6", "107.49", 2u), ("F6", "1", 10u), ("G6", "99", 2u), ("I6", "4", 1u), ("J6", "11", 1u) })
        {
            var cell = CellAt(reference);
            Assert.Null(cell.DataType);
            Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(format, formats[(int)cell.StyleIndex!.Value]);
        }

        // The 合计 row (9): SUM formulas with their values cached.
        Assert.Equal("SUM(D2:D8)", CellAt("D9").CellFormula!.Text);
        Assert.Equal(934.98m, decimal.Parse(CellAt("D9").CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("SUM(I2:I8)", CellAt("I9").CellFormula!.Text);
        Assert.Equal("7", CellAt("I9").CellValue!.Text);
    }

    [Fact]
    public void The_same_reports_give_the_same_bytes_with_fixed_zip_times()
    {
        var first = SummaryWorkbook.Write(Reports());
        Assert.Equal(first, SummaryWorkbook.Write(Reports()));
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Control_characters_in_text_are_shown_as_escapes_not_written_as_invalid_xml()
    {
        var report = ReportSummary.Of("a\u0001b.yaml", Compilation.Validate("a\u0001b.yaml", "year: [\n"u8, CompilationOptions.Default));
        using var doc = SpreadsheetDocument.Open(new MemoryStream(SummaryWorkbook.Write([report])), false);
        var a2 = Sheet(doc, "报告汇总").Worksheet.Descendants<Cell>().Single(c => c.CellReference == "A2");
        Assert.Equal("a\\u0001b.yaml", a2.InlineString!.InnerText);
    }

    [LibreOfficeFact]
    public void LibreOffice_Calc_reads_both_sheets_as_the_cells_show_them()
    {
        var csv = LibreOffice.ConvertToCsv(SummaryWorkbook.Write(Reports()));
        Assert.Equal(["报告汇总", "问题清单"], csv.Keys.Order(StringComparer.Ordinal));
        var rows = LibreOffice.ParseCsv(csv["报告汇总"]);
        string[][] expected =
        [
            ["文件", "部门", "年度", "收入合计（万元）", "支出合计（万元）", "预算执行率", "自评总分", "等级", "错误数", "警告数", "第一个错误"],
            ["generated/binary.yaml", "", "", "", "", "", "", "", "1", "0", "PR0008（第 1 行）：文件不是 UTF-8 编码（可能是 GBK/GB2312），请在编辑器中“另存为 UTF-8”后再试"],
            ["generated/broken.yaml", "", "", "", "", "", "", "", "1", "0", "PR0001（第 3 行）：YAML 语法错误：缩进或括号不匹配（While parsing a node, did not find expected node content.）"],
            ["generated/quoted.yaml", "青禾县\"财政,局\"", "2023", "240.00", "240.00", "98.77%", "99.83", "优", "0", "0", ""],
            ["generated/wrong-sum.yaml", "青禾县档案馆", "2024", "240.00", "240.00", "98.77%", "99.83", "优", "1", "0", "PR2002（第 41 行）：一般公共预算财政拨款收入 236.50 与其明细之和 236.51 不符（差 -0.01）"],
            ["samples/2022-as-published.yaml", "益阳市资阳区工商业联合会", "2022", "107.49", "107.49", "100.00%", "99.00", "优", "4", "11", FirstPublishedError],
            ["samples/2022.yaml", "益阳市资阳区工商业联合会", "2022", "107.49", "107.49", "100.00%", "99.00", "优", "0", "10", ""],
            ["samples/minimal.yaml", "青禾县档案馆", "2024", "240.00", "240.00", "98.77%", "99.83", "优", "0", "0", ""],
            ["合计（7 份）", "", "", "934.98", "934.98", Percent(SummaryTotals.Of(Reports()).ExecutionRatePercent!.Value), "", "", "7", "21", ""],
        ];
        Assert.Equal(expected.Length, rows.Count);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], rows[i]);

        var diagnostics = LibreOffice.ParseCsv(csv["问题清单"]);
        Assert.Equal(1 + 28, diagnostics.Count);
        Assert.Equal(["文件", "行", "列", "代码", "级别", "消息"], diagnostics[0]);
        Assert.Equal(["generated/broken.yaml", "3", "1", "PR0001", "错误", "YAML 语法错误：缩进或括号不匹配（While parsing a node, did not find expected node content.）"], diagnostics[2]);
        Assert.Equal(["generated/wrong-sum.yaml", "41", "15", "PR2002", "错误", "一般公共预算财政拨款收入 236.50 与其明细之和 236.51 不符（差 -0.01）"], diagnostics[3]);
        Assert.Equal(["samples/2022.yaml", "80", "15", "PR5001", "警告", "“本年度”连写了两遍，是否多打了一遍"], diagnostics[19]);
    }

    private static string Percent(decimal percent) => percent.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static WorksheetPart Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!.Value!);
    }
}
