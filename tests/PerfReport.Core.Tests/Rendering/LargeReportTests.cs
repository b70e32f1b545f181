using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Tests.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>A department larger than the seed: many sources, projects, 专项 rows, groups and indicators, all consistent.</summary>
public class LargeReportTests
{
    private const int Projects = 24;
    private const int PerCategory = 5;
    private static readonly string[][] Groups =
    [
        ["产出指标", "数量指标", "质量指标", "时效指标", "成本指标"],
        ["效益指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
        ["满意度指标", "服务对象满意度指标"],
    ];

    /// <summary>Weights: each group's indicators share its weight; with the funds' 10 they make 100.</summary>
    internal static string Yaml()
    {
        static string M(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);
        var y = new StringBuilder("year: 2023\ndepartment: { name: 某某市某某局, finance_bureau: 某某市财政局 }\n");
        y.Append("basic_info:\n  duties: [负责全市某某工作。]\n  organization: 内设办公室等科室。\n");
        y.Append("other_budgets: { government_fund: none, state_capital: none, social_insurance: none }\n");
        y.Append("problems: [预算编制有待细化。]\nmeasures: [加强预算管理。]\nresults_application: 自评结果按规定公开。\nother_remarks: 无其他需要说明的情况。\n");
        var projectAmounts = Enumerable.Range(1, Projects).Select(i => 1.25m * i).ToList();
        var projectTotal = projectAmounts.Sum();
        const decimal personnel = 500m, publicFunds = 80.5m;
        var total = personnel + publicFunds + projectTotal;
        y.Append(CultureInfo.InvariantCulture, $"income:\n  total: {M(total)}\n  sources:\n");
        y.Append(CultureInfo.InvariantCulture, $"    - {{ name: 一般公共预算财政拨款收入, nature: general_budget, amount: {M(total - 30m)} }}\n");
        y.Append("    - { name: 政府性基金收入, nature: government_fund, amount: 20.00 }\n    - { name: 其他收入, nature: other, amount: 10.00 }\n");
        y.Append(CultureInfo.InvariantCulture, $"expenditure:\n  total: {M(total)}\n  basic: {{ total: {M(personnel + publicFunds)}, personnel: {M(personnel)}, public: {M(publicFunds)} }}\n");
        y.Append(CultureInfo.InvariantCulture, $"  project:\n    total: {M(projectTotal)}\n    projects:\n");
        for (var i = 0; i < Projects; i++) y.Append(CultureInfo.InvariantCulture, $"      - {{ name: 第{i + 1}号专项工作, budget: {M(projectAmounts[i])}, actual: {M(projectAmounts[i])} }}\n");
        y.Append(CultureInfo.InvariantCulture, $"budget_vs_final: {{ initial_budget: {M(total)} }}\n");
        y.Append(CultureInfo.InvariantCulture, $"self_evaluation:\n  funds: {{ initial_budget: {M(total)}, full_year_budget: {M(total)}, executed: {M(total)} }}\n  goals: [完成年度各项工作任务。]\n  indicators:\n");
        var groupWeights = new[] { 45m, 30m, 15m };
        for (var g = 0; g < Groups.Length; g++)
        {
            var categories = Groups[g].Skip(1).ToList();
            var each = groupWeights[g] / (categories.Count * PerCategory);
            y.Append(CultureInfo.InvariantCulture, $"    - name: {Groups[g][0]}\n      weight: {groupWeights[g]}\n      categories:\n");
            foreach (var c in categories)
            {
                y.Append(CultureInfo.InvariantCulture, $"        - name: {c}\n          indicators:\n");
                for (var i = 1; i <= PerCategory; i++)
                    y.Append(CultureInfo.InvariantCulture, $"            - {{ name: {c}第{i}项, target: ≥95%, actual: 96%, weight: {each} }}\n");
            }
        }

        return y.ToString();
    }

    [Fact]
    public void Large_report_checks_clean_and_builds_a_valid_document_with_every_row()
    {
        var result = Compilation.Build(SourceText.From("large.yaml", Yaml()), CompilationOptions.Default);
        Assert.False(result.HasErrors, Yaml_Show(result));
        Assert.Equal(100m, result.ScoreSheet!.Total);

        using var doc = WordprocessingDocument.Open(new MemoryStream(result.Docx!), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2007).Validate(doc));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc));
        // 附表2 runs over pages as one table per page; each one after the first starts with the indicator header.
        var tables = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Where(t => t.InnerText.Contains("三级指标", StringComparison.Ordinal)).ToList();
        Assert.True(tables.Count >= 2, $"{tables.Count} tables");
        var rows = tables.SelectMany(t => t.Elements<TableRow>()).ToList();
        Assert.Equal((4 + 4 + 1) * PerCategory, rows.Count(r => System.Text.RegularExpressions.Regex.IsMatch(r.InnerText, @"指标第\d+项")));
        Assert.Single(rows, r => r.InnerText.StartsWith("总分", StringComparison.Ordinal));
        Assert.All(tables.Skip(1), t => Assert.StartsWith("绩效指标一级指标二级指标三级指标", t.Elements<TableRow>().First().InnerText, StringComparison.Ordinal));

        // Written on its own (--split), 附表2 is laid out page by page as well.
        var split = Compilation.Build(SourceText.From("large.yaml", Yaml()), new CompilationOptions { Split = true });
        using (var alone = WordprocessingDocument.Open(new MemoryStream(split.Attachments[1].Docx), false))
            Assert.Equal(tables.Count, alone.MainDocumentPart!.Document!.Body!.Elements<Table>().Count());

        var text = DocxText.Flatten(result.Docx!);
        for (var i = 1; i <= Projects; i++) Assert.Contains($"第{i}号专项工作", text, StringComparison.Ordinal);
        Assert.Contains("其中：1、一般公共预算财政拨款收入", text, StringComparison.Ordinal);
        Assert.Contains("政府性基金拨款：20.00", text, StringComparison.Ordinal);
    }

    private static string Yaml_Show(CompilationResult r) => PerfReport.TestKit.Yaml.Show(r.Diagnostics);
}
