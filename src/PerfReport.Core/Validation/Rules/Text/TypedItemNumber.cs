using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.Text;

internal sealed class TypedItemNumber : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR5005",
        "由工具编号的条目自带了编号",
        "{0}“{1}”开头写了编号“{2}”；这一列表由工具编号，生成报告时已去掉，请从文件中删去",
        Severity.Warning,
        RuleCategory.Text,
        """
        ## 检查内容
        工具自己编号的各项列表——主要职责（`basic_info.duties`）、存在的问题（`problems`）、改进措施（`measures`）、工作成效的标题
        （`performance.achievements` 及其 `items`）、年度总体目标（`self_evaluation.goals`）、基础数据表的专项和正文的项目、收入来源——
        某一项开头自己写了编号：“1、”“1.”“1．”“1）”“（一）”“(1)”“一、”“第一，”“①”“目标1：”等。
        ## 为何重要
        工具会按 GB/T 9704-2012 的层次给这些条目编号；再自带编号，报告里就成了“1.1、负责……”“（一）一、……”。生成报告时工具去掉
        自带的编号，但文件中的文字与报告不一致，应删去。
        ## 示例
        ```yaml
        problems:
          - 1、预算编制不够精细。
          - 2、绩效目标设置不够具体。
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var (what, item) in Items(context.Model))
        {
            if (ItemNumber.Find(item.Value) is not var (start, length)) continue;
            var rest = ItemNumber.Strip(item.Value);
            var quote = rest.Length > 20 ? rest[..20] + "…" : rest;
            context.Report(DepartmentText.At(item, start), item.Path, what, quote, item.Value.Substring(start, length));
        }
    }

    /// <summary>Every item of a list the templates or tables number, with what the message calls it.</summary>
    private static IEnumerable<(string What, Located<string> Item)> Items(Evaluation m)
    {
        IEnumerable<(string, Located<string>?)> all =
        [
            .. (m.BasicInfo?.Duties ?? []).Select(d => ("主要职责", (Located<string>?)d)),
            .. m.Problems.Select(p => ("存在的问题", (Located<string>?)p)),
            .. m.Measures.Select(p => ("改进措施", (Located<string>?)p)),
            .. (m.Performance?.Achievements ?? []).SelectMany(a => a.Items.Prepend(a)).Select(a => ("工作成效标题", a.Title)),
            .. (m.SelfEvaluation?.Goals ?? []).Select(g => ("年度总体目标", (Located<string>?)g)),
            .. (m.Income?.Sources ?? []).Select(s => ("收入来源", s.Name)),
            .. (m.Expenditure?.Project?.Projects ?? []).Select(p => ("项目", p.Name)),
            .. (m.BasicDataTable?.Funds?.SpecialProjects ?? []).Select(s => ("专项", s.Name)),
        ];
        foreach (var (what, item) in all)
        {
            if (item is not null) yield return (what, item);
        }
    }
}
