using System.Text.RegularExpressions;
using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Text;

internal sealed partial class HalfWidthPunctuation : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR5002",
        "中文中夹有半角标点",
        "“{0}”中的半角“{1}”应为全角“{2}”",
        Severity.Warning,
        RuleCategory.Text,
        """
        ## 检查内容
        单位自己写的文字中，两个汉字之间用了半角的逗号、冒号、分号、问号或叹号（, : ; ? !）。
        ## 为何重要
        公文中的汉字用全角标点（GB/T 15834）；半角标点在仿宋字体下又小又挤，一眼就能看出是混入的。
        ## 示例
        ```yaml
        performance:
          summary: |
            廉政建设工作:区工商联扎实开展了党风廉政建设工作
        ```
        """);

    private static readonly Dictionary<char, char> FullWidth = new() { [','] = '，', [':'] = '：', [';'] = '；', ['?'] = '？', ['!'] = '！' };

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var text in DepartmentText.All(context.Model))
        {
            foreach (var m in Between().Matches(text.Value).Take(DepartmentText.MaxReportsPerText))
            {
                var mark = m.Groups[1].Value[0];
                context.Report(DepartmentText.At(text, m.Index + 1), text.Path, m.Value, mark, FullWidth[mark]);
            }
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}([,:;?!])\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Between();
}
