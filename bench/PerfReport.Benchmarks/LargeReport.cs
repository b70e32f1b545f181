using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PerfReport.Benchmarks;

/// <summary>
/// Makes a larger report from samples/2022.yaml: the same department and text, with <c>projects</c> projects
/// (in the 正文 and in 附表1's 专项 rows) and <c>indicators</c> 三级指标 in the 自评表. Every sum the validator
/// checks still holds, so the report builds without errors and the benchmark measures a full build.
/// </summary>
internal static class LargeReport
{
    // 产出指标 and 效益指标 keep the sample's 50 and 40 points; the funds row keeps its 10.
    private static readonly (string Name, int Hundredths, string[] Categories)[] Groups =
    [
        ("产出指标", 5000, ["数量指标", "质量指标", "时效指标", "成本指标"]),
        ("效益指标", 4000, ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"]),
    ];

    // Target and actual pairs that each score full marks, so that total_score is the sum of the weights.
    private static readonly (string Target, string Actual, string? Grade)[] Values =
    [
        ("100%", "100%", null),
        ("≥95%", "98%", null),
        ("6场", "6场", null),
        ("严格控制在预算内", "严格控制在预算内", "achieved"),
    ];

    private static readonly string[] ProjectNames =
    [
        "三小生活困难补助", "民营经济小组办公费", "调研、培训、维权、光彩事业", "区非公有制党工委工作经费", "部分工商业者生活困难补助经费",
    ];

    private static readonly string[] IndicatorNames =
    [
        "项目实施及时率", "项目完成率", "群众满意度", "引导会员积极参加国家经济建设", "工作任务如期完成",
    ];

    public static string Generate(string sampleYaml, int projects, int indicators)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(projects, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(indicators, Groups.Sum(g => g.Categories.Length));

        var stream = new YamlStream();
        using (var reader = new StringReader(sampleYaml)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        // The sample's totals stay: 8.29 spent on projects against a budget of 19.08.
        var expenditureProject = Map(Map(root, "expenditure"), "project");
        var funds = Map(Map(root, "basic_data_table"), "funds");
        var actual = Split(Hundredths(Scalar(expenditureProject, "total")), projects);
        var budget = Split(Hundredths(Scalar(Map(funds, "project"), "budget")), projects);

        var bodyProjects = new YamlSequenceNode();
        var tableRows = new YamlSequenceNode();
        for (var i = 0; i < projects; i++)
        {
            var name = $"{ProjectNames[i % ProjectNames.Length]}（{i + 1}）";
            bodyProjects.Add(new YamlMappingNode { { "name", name }, { "actual", Money(actual[i]) } });
            tableRows.Add(new YamlMappingNode { { "name", name }, { "budget", Money(budget[i]) }, { "actual", Money(actual[i]) } });
        }

        expenditureProject.Children[new YamlScalarNode("projects")] = bodyProjects;
        funds.Children[new YamlScalarNode("special_projects")] = tableRows;

        var evaluation = Map(root, "self_evaluation");
        var fundsWeight = Hundredths(Scalar(Map(evaluation, "funds"), "weight"));
        var groupCounts = Split(indicators, Groups.Length);
        var groups = new YamlSequenceNode();
        var total = fundsWeight;
        var n = 0;
        for (var g = 0; g < Groups.Length; g++)
        {
            var (groupName, groupWeight, categoryNames) = Groups[g];
            var weights = Split(groupWeight, groupCounts[g]);
            var perCategory = Split(groupCounts[g], categoryNames.Length);
            var categories = new YamlSequenceNode();
            var w = 0;
            for (var c = 0; c < categoryNames.Length; c++)
            {
                var rows = new YamlSequenceNode();
                for (var k = 0; k < perCategory[c]; k++, w++, n++)
                {
                    var (target, done, grade) = Values[n % Values.Length];
                    var row = new YamlMappingNode
                    {
                        { "name", $"{IndicatorNames[n % IndicatorNames.Length]}（{n + 1}）" },
                        { "target", target },
                        { "actual", done },
                        { "weight", Money(weights[w]) },
                        { "score", Money(weights[w]) },
                    };
                    if (grade is not null) row.Add("grade", grade);
                    rows.Add(row);
                }

                categories.Add(new YamlMappingNode { { "name", categoryNames[c] }, { "indicators", rows } });
            }

            groups.Add(new YamlMappingNode { { "name", groupName }, { "weight", Money(groupWeight) }, { "categories", categories } });
            total += groupWeight;
        }

        evaluation.Children[new YamlScalarNode("indicators")] = groups;
        evaluation.Children[new YamlScalarNode("total_score")] = new YamlScalarNode(Money(total));

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlMappingNode Map(YamlMappingNode parent, string key) =>
        (YamlMappingNode)parent.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode parent, string key) =>
        ((YamlScalarNode)parent.Children[new YamlScalarNode(key)]).Value ?? throw new InvalidOperationException($"{key} is empty");

    private static int Hundredths(string amount) =>
        (int)(decimal.Parse(amount, NumberStyles.Number, CultureInfo.InvariantCulture) * 100);

    private static string Money(int hundredths) =>
        (hundredths / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Splits a whole into <paramref name="parts"/> integers that differ by at most one and add up to it.</summary>
    private static int[] Split(int whole, int parts) =>
        [.. Enumerable.Range(0, parts).Select(i => (whole / parts) + (i < whole % parts ? 1 : 0))];
}
