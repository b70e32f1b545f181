using PerfReport.TestKit;
using static PerfReport.Tests.Rendering.WordTemplates.WordDocs;

namespace PerfReport.Tests.Rendering.WordTemplates;

/// <summary>
/// samples/templates/自评表-指标性质.docx: a 自评表 of another layout (指标性质 and 得分系数 columns, the 执行率 line under
/// the indicators, a grade cell), built from samples/2022.yaml with the variables templates vars lists.
/// </summary>
public sealed class SampleTemplateTests
{
    private static readonly byte[] Template = File.ReadAllBytes(Repo.File("samples", "templates", "自评表-指标性质.docx"));

    [Fact]
    public void The_self_evaluation_form_with_kind_and_coefficient_columns_is_filled_row_by_row_with_merged_groups()
    {
        var docx = Built(Template);
        Assert.Equal(
            [
                "一级指标 ‖ 二级指标 ‖ 三级指标 ‖ 指标性质 ‖ 年度指标值 ‖ 实际完成值 ‖ 分值 ‖ 得分 ‖ 得分系数",
                "产出指标|restart ‖ 数量指标|restart ‖ 了解反映非公有制企业和非公有制经济人士诉求，帮助其依法维护合法权益 ‖ 正向 ‖ 100% ‖ 100% ‖ 5 ‖ 5 ‖ 1",
                "|continue ‖ |continue ‖ 参与协调劳动关系，协同社会治理，促进社会和谐稳定。 ‖ 正向 ‖ 100% ‖ 100% ‖ 5 ‖ 5 ‖ 1",
                "|continue ‖ 质量指标 ‖ 工作任务如期完成，工作质量达到各项工作要求 ‖ 正向 ‖ 100% ‖ 100% ‖ 5 ‖ 5 ‖ 1",
                "|continue ‖ 时效指标|restart ‖ 项目实施及时率 ‖ 正向 ‖ 100% ‖ 100% ‖ 10 ‖ 10 ‖ 1",
                "|continue ‖ |continue ‖ 项目完成率 ‖ 正向 ‖ 100% ‖ 100% ‖ 10 ‖ 10 ‖ 1",
                "|continue ‖ 成本指标 ‖ 各项业务工作经费不超过预算 ‖ 定性 ‖ 严格控制在预算内 ‖ 严格控制在预算内 ‖ 15 ‖ 14 ‖ 0.93",
                "效益指标|restart ‖ 经济效益指标 ‖ 促进资阳区工业商业联合工作发展 ‖ 正向 ‖ 100% ‖ 100% ‖ 10 ‖ 10 ‖ 1",
                "|continue ‖ 社会效益指标 ‖ 引导会员积极参加国家经济建设 ‖ 正向 ‖ 100% ‖ 100% ‖ 10 ‖ 10 ‖ 1",
                "|continue ‖ 生态效益指标 ‖ 提升政府形象 ‖ 正向 ‖ 100% ‖ 100% ‖ 5 ‖ 5 ‖ 1",
                "|continue ‖ 可持续影响指标 ‖ 工业商业联合工作有序进行 ‖ 正向 ‖ 100% ‖ 100% ‖ 5 ‖ 5 ‖ 1",
                "|continue ‖ 服务对象满意度指标|restart ‖ 群众满意度 ‖ 正向 ‖ 98% ‖ 98% ‖ 5 ‖ 5 ‖ 1",
                "|continue ‖ |continue ‖ 单位人员满意度 ‖ 正向 ‖ 98% ‖ 98% ‖ 5 ‖ 5 ‖ 1",
                "预算执行率（107.49 ÷ 107.49 万元）|span=3 ‖ 正向 ‖ 100% ‖ 100.00% ‖ 10 ‖ 10 ‖ ",
                "总分|span=6 ‖ 100 ‖ 99 ‖ 优",
            ],
            TableRows(docx));
        AssertValid(docx);
    }

    [Fact]
    public void The_text_around_the_table_takes_the_goals_the_total_and_the_grade()
    {
        var text = BodyText(Built(Template));
        Assert.Equal("2022年度部门整体支出绩效自评表", text[0]);
        Assert.Equal("填报单位（盖章）：益阳市资阳区工商业联合会        单位：万元、分", text[1]);
        Assert.Equal("1. 加强和改进非公有制经济人士思想政治工作；参与政治协商，发挥民主监督作用，积极参政议政；引导非公有制企业和非公有制经济人士依法诚信经营。", text[3]);
        Assert.Equal("2. 严格按照会计法及相关政策精神，合理安排资金运用，确保各类项目按计划有效实施。", text[4]);
        Assert.Equal("完成情况：完成年度目标。", text[5]);
        Assert.Equal("自评得分99分，等级为“优”。全年预算数107.49万元，执行数107.49万元，预算执行率100.00%。", text[6]);
    }

    [Fact]
    public void A_report_with_a_lower_score_changes_the_coefficient_total_and_grade_cells()
    {
        var yaml = Sample
            .Replace("{ name: 项目实施及时率, target: 100%, actual: 100%, weight: 10, score: 10 }", "{ name: 项目实施及时率, target: 100%, actual: 80%, weight: 10, deviation: 部分项目延期。 }", StringComparison.Ordinal)
            .Replace("total_score: 99", "total_score: 97", StringComparison.Ordinal);
        var rows = TableRows(Built(Template, yaml));
        Assert.Equal("|continue ‖ 时效指标|restart ‖ 项目实施及时率 ‖ 正向 ‖ 100% ‖ 80% ‖ 10 ‖ 8 ‖ 0.8", rows[4]);
        Assert.Equal("总分|span=6 ‖ 100 ‖ 97 ‖ 优", rows[^1]);
    }
}
