using PerfReport.TestKit;

namespace PerfReport.Cli.Tests.Commands;

/// <summary><c>init</c>, <c>init --from</c>, <c>validate --previous</c> and <c>schema --write</c>: the start of a new year's report.</summary>
public sealed class YearlyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("perfreport-yearly-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Outcome Run(params string[] args) => CliRunner.RunIn(_dir, "", null, args);

    private string Read(string name) => File.ReadAllText(Path.Combine(_dir, name));

    private void CopySample(string sample, string name) => File.Copy(Repo.File("samples", sample), Path.Combine(_dir, name));

    private static int LineOf(string text, string find)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return text[..at].Count(c => c == '\n') + 1;
    }

    private static int ColumnOf(string text, string lineText, string find)
    {
        var line = text.Split('\n')[LineOf(text, lineText) - 1];
        return line.IndexOf(find, StringComparison.Ordinal) + 1;
    }

    [Fact]
    public void Init_writes_a_skeleton_and_the_schema_its_modeline_names_and_validate_draft_accepts_it()
    {
        var init = Run("init", "2024.yaml");
        Assert.Equal(0, init.ExitCode);
        Assert.StartsWith("已写出 2024.yaml（", init.Out, StringComparison.Ordinal);
        Assert.Contains("已写出 perfreport.schema.json（", init.Out, StringComparison.Ordinal);
        Assert.Contains("需要填写：\n  - 单位名称等（department）\n", init.Out, StringComparison.Ordinal);
        var text = Read("2024.yaml");
        Assert.StartsWith("# yaml-language-server: $schema=perfreport.schema.json\n", text, StringComparison.Ordinal);
        Assert.Contains("\nyear: 2024   # 自评年度\n", text, StringComparison.Ordinal);
        Assert.Equal(Schema.Text, Read("perfreport.schema.json"));

        // Every section of the model is in the skeleton.
        foreach (var key in new[] { "department", "basic_info", "income", "expenditure", "budget_vs_final", "other_budgets", "performance", "problems", "measures", "results_application", "other_remarks", "basic_data_table", "self_evaluation", "signature" })
            Assert.Contains($"\n{key}:", text, StringComparison.Ordinal);

        var validate = Run("validate", "--draft", "2024.yaml");
        Assert.Equal(0, validate.ExitCode);
        Assert.DoesNotContain(" error ", validate.Error, StringComparison.Ordinal);
        Assert.Contains($"2024.yaml({LineOf(text, "  name:   # 单位全称")},3): warning PR1001: 缺少必填字段 \"name\"（部门（单位）全称）", validate.Error, StringComparison.Ordinal);

        // Without --draft, the blank required field is an error.
        Assert.Equal(1, Run("validate", "2024.yaml").ExitCode);
    }

    [Fact]
    public void Init_refuses_to_overwrite_a_file_unless_forced()
    {
        File.WriteAllText(Path.Combine(_dir, "2024.yaml"), "year: 2024\n");
        var refused = Run("init", "2024.yaml");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("perfreport: \"2024.yaml\" 已存在，没有改动它；要覆盖请加 --force，或换一个文件名\n", refused.Error);
        Assert.Equal("year: 2024\n", Read("2024.yaml"));
        Assert.Equal(0, Run("init", "2024.yaml", "--force").ExitCode);
        Assert.Contains("\nyear: 2024   # 自评年度\n", Read("2024.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_takes_the_year_from_the_option_or_the_file_name_and_refuses_a_name_without_one()
    {
        Assert.Equal(0, Run("init", "报告.yaml", "--year", "2025").ExitCode);
        Assert.Contains("\nyear: 2025   # 自评年度\n", Read("报告.yaml"), StringComparison.Ordinal);
        var refused = Run("init", "新报告.yaml");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("perfreport: 无法从文件名 \"新报告.yaml\" 得出报告年度；请用 --year 写明，如 --year 2024\n", refused.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "新报告.yaml")));
    }

    [Fact]
    public void Init_from_refuses_a_file_that_is_not_last_years_unless_forced()
    {
        CopySample("2022.yaml", "2022.yaml");
        var refused = Run("init", "2024.yaml", "--from", "2022.yaml");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("perfreport: \"2022.yaml\" 是 2022 年的报告，不是 2023 年（2024 的上一年）的；确认无误请加 --force\n", refused.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "2024.yaml")));
        Assert.Equal(0, Run("init", "2024.yaml", "--from", "2022.yaml", "--force").ExitCode);
    }

    [Fact]
    public void Init_from_refuses_a_file_it_cannot_read()
    {
        File.WriteAllText(Path.Combine(_dir, "2022.yaml"), "year: 2022\ndepartment: { name: \"某局 }\n");
        var refused = Run("init", "2023.yaml", "--from", "2022.yaml");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("perfreport: 无法读取上年的文件 \"2022.yaml\"，没有生成任何文件；请先改正：\n  2022.yaml(", refused.Error, StringComparison.Ordinal);
        Assert.Contains(": PR0001: ", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "2023.yaml")));
        var missing = Run("init", "2023.yaml", "--from", "2021.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("perfreport: 找不到文件 \"2021.yaml\"，请检查路径和文件名\n", missing.Error);
    }

    /// <summary>The round trip of the yearly cycle: init --from last year's file, fill it in, check it against last year's.</summary>
    [Fact]
    public void Init_from_then_fill_then_validate_previous_finds_a_wrong_prior_year_figure()
    {
        CopySample("2022.yaml", "2022.yaml");
        var last = Read("2022.yaml");
        var init = Run("init", "2023.yaml", "--from", "2022.yaml");
        Assert.Equal(0, init.ExitCode);
        var totalLine = LineOf(last, "    total:     { prior_actual: 98.85, budget: 73.03, actual: 107.49 }");
        Assert.Contains($"从 2022.yaml 转入：\n  - 单位信息（department）\n", init.Out, StringComparison.Ordinal);
        Assert.Contains($"  - 基础数据表“支出总额”上年决算数 107.49（2022.yaml 第 {totalLine} 行的本年数）\n", init.Out, StringComparison.Ordinal);
        Assert.Contains("  - 绩效指标 2 个一级、12 个三级指标的名称、指标值和分值（self_evaluation.indicators）\n", init.Out, StringComparison.Ordinal);
        Assert.Contains("需要填写：\n", init.Out, StringComparison.Ordinal);

        var text = Read("2023.yaml");
        Assert.Contains("    total: { prior_actual: 107.49, budget: , actual: }   # 支出总额\n", text, StringComparison.Ordinal);
        Assert.Contains("  year_on_year:   # 与上年比较\n    last_year: 107.49   # 上年数\n", text, StringComparison.Ordinal);
        Assert.Contains("  name: 益阳市资阳区工商业联合会", text, StringComparison.Ordinal);
        Assert.Contains("target: 严格控制在预算内", text, StringComparison.Ordinal);
        Assert.DoesNotContain("score: 14", text, StringComparison.Ordinal);

        // As made, it passes validate --draft --previous: every carried figure equals last year's.
        var asMade = Run("validate", "--draft", "2023.yaml", "--previous", "2022.yaml");
        Assert.Equal(0, asMade.ExitCode);
        Assert.DoesNotContain("PR3030", asMade.Error, StringComparison.Ordinal);

        // Fill in this year's figures, and mistype one 上年 figure.
        var filled = text
            .Replace("    total: { prior_actual: 107.49, budget: , actual: }", "    total: { prior_actual: 107.94, budget: 80.00, actual: 110.00 }", StringComparison.Ordinal)
            .Replace("    basic: { prior_actual: 99.20, budget: , actual: }", "    basic: { prior_actual: 99.20, budget: 60.00, actual: 100.00 }", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir, "2023.yaml"), filled);
        var check = Run("validate", "--draft", "2023.yaml", "--previous", "2022.yaml");
        Assert.Equal(1, check.ExitCode);
        var line = LineOf(filled, "    total: { prior_actual: 107.94");
        var column = ColumnOf(filled, "    total: { prior_actual: 107.94", "107.94");
        var errors = check.Error.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"2023.yaml({line},{column}): error PR3030: 基础数据表“支出总额”上年决算数 107.94 与上年报告 2022.yaml 第 {totalLine} 行的本年数 107.49 不符（差 0.45）"], errors.Where(e => e.Contains("PR3030", StringComparison.Ordinal)));

        // The mistyped figure also no longer adds up with 基本支出 + 项目支出 (PR2007); nothing else is wrong.
        Assert.Equal(["PR2007", "PR3030"], errors.Select(e => e.Split(": ")[1].Split(' ')[1]).Order(StringComparer.Ordinal));

        // Without --previous nothing compares the two years.
        Assert.DoesNotContain("PR3030", Run("validate", "--draft", "2023.yaml").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_previous_refuses_an_unreadable_previous_file()
    {
        CopySample("minimal.yaml", "2024.yaml");
        File.WriteAllText(Path.Combine(_dir, "2023.yaml"), "year: [2023\n");
        var refused = Run("validate", "2024.yaml", "--previous", "2023.yaml");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("perfreport: 无法读取上年的文件 \"2023.yaml\"（--previous），没有做任何检查；请先改正：\n", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_write_puts_the_schema_into_a_folder_and_prints_its_path()
    {
        var written = Run("schema", "--write", "schema-dir");
        Assert.Equal(0, written.ExitCode);
        Assert.Equal($"{Path.Combine("schema-dir", "perfreport.schema.json")}\n", written.Out);
        Assert.Equal(Schema.Text, Read(Path.Combine("schema-dir", "perfreport.schema.json")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "schema-dir"), "*.tmp"));
        File.WriteAllText(Path.Combine(_dir, "a-file"), "x");
        var refused = Run("schema", "--write", "a-file");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("perfreport: \"a-file\" 是一个文件，不是目录；--write 后面写要放 Schema 的目录\n", refused.Error);
    }
}
