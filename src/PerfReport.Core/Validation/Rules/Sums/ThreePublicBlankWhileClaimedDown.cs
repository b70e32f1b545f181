using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class ThreePublicBlankWhileClaimedDown : IValidationRule
{
    private static readonly string[] Falls = ["下降", "减少", "降低"];

    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2051",
        "正文称三公经费下降而基础数据表三公经费空白",
        "正文称“三公经费”{0}，但基础数据表三公经费的{1}栏空白，无法看出变化；没有发生请写 0",
        Severity.Warning,
        RuleCategory.Sums,
        """
        ## 检查内容
        绩效情况的总体说明（`performance.summary`）提到“三公经费”下降（或减少、降低）时，基础数据表三公经费一行的上年决算和本年决算都应填写。
        ## 为何重要
        “三公经费明显下降”是要有数字支撑的结论。表中空白时，读者既看不出下降了多少，也无法计算三公经费变动率。
        ## 示例
        ```yaml
        performance:
          summary: |
            ……“三公经费”明显下降。
        basic_data_table:
          funds:
            three_public: {}     # 应写 { prior_actual: 1.20, budget: 1.00, actual: 0.80 } 或 0
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (m.Performance?.Summary is not { } summary || !summary.Value.Contains("三公经费", StringComparison.Ordinal)) return;
        if (Falls.FirstOrDefault(w => summary.Value.Contains(w, StringComparison.Ordinal)) is not { } fall) return;
        if (m.BasicDataTable?.Funds?.ThreePublic is not { } row) return;
        var blank = new[] { ("上年决算", row.PriorActual), ("本年决算", row.Actual) }.Where(c => c.Item2.State == CellState.Blank).Select(c => c.Item1).ToList();
        if (blank.Count == 0) return;
        var inTable = row.Span.Line > 1;
        var where = inTable ? row.Actual.Span : TextSearch.LineOf(summary, "三公经费");
        context.Report(where, inTable ? row.Actual.Path : summary.Path, fall, string.Join("、", blank));
    }
}
