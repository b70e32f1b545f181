using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.Text;

internal sealed class PlaceholderText : IValidationRule
{
    /// <summary>How much of the passage around a placeholder the message quotes.</summary>
    private const int QuoteLength = 40;

    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR5004",
        "文字中留有模板提示或占位符",
        "“{0}”中有{1}，像是没有改写的模板文字；请换成本单位的实际内容",
        Severity.Warning,
        RuleCategory.Text,
        """
        ## 检查内容
        单位填写的各段文字和名称（职责、机构、支出用途、原因、绩效情况、成效、问题、措施、其他说明、基础数据表和自评表中的文字、
        单位和项目名称、签字栏）中留有模板或表格的填写提示和占位符：
        - 占位符：“XX”“20XX年”“X月”“××”“某某”“□□”“___”（拉丁字母单词或代码中的 X 不算，如 XXL、Xbox）；
        - 填写提示：“请填写”“此处填写”“在此输入”“待补充”“填报说明”等；
        - 括号中的提示：“（请填写…）”“【单位名称】”“【在此简述…】”（像“【典型案例】”这样的小标签不算）；
        - 没有内容的省略号：“主要包括……”“一是……”、段首或标点后的“……”；
        - 前面没有内容的“等”：“主要包括等”、段首的“等”（“培训、调研等”这样接在实际内容后的不算）。
        诊断引用占位符所在的一段文字（至多 40 字）。
        ## 为何重要
        照模板改写报告时，没有改到的提示语和占位符会原样印进正式报告，如“主要包括……”“XX万元”，一望而知没有认真填写。
        ## 示例
        ```yaml
        basic_info:
          organization: |
            我单位内设XX个股室，主要包括……
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var text in Passages(context.Model).Distinct())
        {
            foreach (var p in PlaceholderScanner.Scan(text.Value))
                context.Report(DepartmentText.At(text, p.Index), text.Path, Quote(text.Value, p.Index, p.Length), p.What);
        }
    }

    /// <summary>The sentence around a placeholder, on its line, cut to <see cref="QuoteLength"/> characters.</summary>
    internal static string Quote(string s, int index, int length)
    {
        var start = index;
        while (start > 0 && index - start < 12 && s[start - 1] is not ('\n' or '。' or '；' or '！' or '？')) start--;
        var end = index + length;
        while (end < s.Length && end - start < QuoteLength && s[end] is not ('\n' or '。' or '；' or '！' or '？')) end++;
        var quote = s[start..end].Trim();
        var cut = end < s.Length && s[end] is not ('\n' or '。' or '；' or '！' or '？');
        return cut ? quote + "…" : quote;
    }

    /// <summary>Every text the department writes: the narrative (as the other text rules read it) and the names and cells it fills in.</summary>
    private static IEnumerable<Located<string>> Passages(Evaluation m)
    {
        IEnumerable<Located<string>?> more =
        [
            m.Department?.Name, m.Department?.Region, m.Department?.FinanceBureau, m.Department?.SelfReference,
            .. m.Income?.Sources.SelectMany(s => s.Breakdown.Select(b => b.Name).Prepend(s.Name)) ?? [],
            .. m.Expenditure?.Project?.Projects.Select(p => p.Name) ?? [],
            .. m.BasicDataTable?.Funds?.SpecialProjects.Select(s => s.Name) ?? [],
            m.OtherBudgets?.GovernmentFund?.Text, m.OtherBudgets?.StateCapital?.Text, m.OtherBudgets?.SocialInsurance?.Text,
            .. m.SelfEvaluation?.Indicators.SelectMany(g => g.Categories.SelectMany(c => c.Indicators.SelectMany(i => new[] { i.Name, i.Target, i.Actual }).Prepend(c.Name)).Prepend(g.Name)) ?? [],
            m.Signature?.FilledBy, m.Signature?.Date, m.Signature?.Phone, m.Signature?.Head,
        ];
        return DepartmentText.All(m).Concat(more.OfType<Located<string>>());
    }
}
