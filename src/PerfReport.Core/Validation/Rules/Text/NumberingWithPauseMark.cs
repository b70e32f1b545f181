using System.Text.RegularExpressions;
using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Text;

internal sealed partial class NumberingWithPauseMark : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR5003",
        "括号编号后多了顿号",
        "“{0}”：括号编号后不加顿号，应写“{1}”",
        Severity.Warning,
        RuleCategory.Text,
        """
        ## 检查内容
        单位自己写的文字中出现“（一）、”“（1）、”这样的编号。
        ## 为何重要
        GB/T 9704-2012 的层次序数是“一、”“（一）”“1.”“（1）”：带括号的序数后面不再加顿号。报告的各级标题由工具编号，
        正文中手写的编号也应照此书写。
        ## 示例
        ```yaml
        performance:
          achievements:
            - title: 会员服务
              text: （1）、坚持实践实效，做优学习服务。
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var text in DepartmentText.All(context.Model))
        {
            foreach (var m in Numbering().Matches(text.Value).Take(DepartmentText.MaxReportsPerText))
                context.Report(DepartmentText.At(text, m.Index), text.Path, m.Value, m.Value[..^1]);
        }
    }

    [GeneratedRegex(@"[（(][一二三四五六七八九十\d]{1,3}[）)]、")]
    private static partial Regex Numbering();
}
