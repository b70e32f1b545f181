using System.Text.RegularExpressions;
using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Text;

internal sealed partial class RepeatedPhrase : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR5001",
        "词语重复",
        "“{0}”连写了两遍，是否多打了一遍",
        Severity.Warning,
        RuleCategory.Text,
        """
        ## 检查内容
        单位自己写的文字中，同一个三字以上的词语紧挨着出现两遍（如“本年度本年度”）。
        ## 为何重要
        这类重复多是复制粘贴留下的，印在正式报告中显得粗疏，审核时常被圈出。
        ## 示例
        ```yaml
        budget_vs_final:
          reasons:
            - { text: 本年度本年度新增干职工调资, amount: 28.67 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var text in DepartmentText.All(context.Model))
        {
            foreach (Match m in Doubled().Matches(text.Value))
                context.Report(DepartmentText.At(text, m.Index), text.Path, m.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}{3,})\1")]
    private static partial Regex Doubled();
}
