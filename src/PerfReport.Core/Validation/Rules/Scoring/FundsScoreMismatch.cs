using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class FundsScoreMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4110",
        "预算执行率得分与计算结果不符",
        "预算执行率得分 {0} 与按评分规则 {1} 计算的 {2} 不符（{3}）",
        Severity.Error,
        RuleCategory.Indicators,
        """
        ## 检查内容
        自评表“预算执行率”一栏的得分等于按评分规则算出的得分：执行率 = 全年执行数 ÷ 全年预算数；
        默认得分 = min(执行率, 100%) × 分值；江西等地按档计分（100% 得 10 分，80% 以上 7 分，60% 以上 5 分）。
        ## 为何重要
        执行率得分完全由两个金额决定，算错了说明表中数字或得分有一处填错。
        ## 示例
        ```yaml
        self_evaluation:
          funds:
            full_year_budget: 100
            executed: 95
            weight: 10
            score: 10   # PR4110：预算执行率得分 10 与按评分规则 mof-2020 计算的 9.5 不符（执行率 = 95.00 ÷ 100.00 = 95.00%
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { Funds: { Computed: { } computed, Source.Score: { } stated } funds } sheet) return;
        if (stated.Value == computed || stated.Value > funds.Weight) return;
        context.Report(stated, Numbers.Score(stated.Value), sheet.ProfileName, Numbers.Score(computed), funds.Working);
    }
}
