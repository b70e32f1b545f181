using System.Text.Json;

namespace PerfReport.Cli.Tests.Commands;

/// <summary><c>perfreport templates vars</c>: every variable templates can use, with its kind and description, as text or JSON.</summary>
public sealed class TemplateVarsCommandTests
{
    [Fact]
    public void The_text_list_aligns_path_kind_and_description_by_display_width()
    {
        var run = CliRunner.Run("templates", "vars");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.Out.Split('\n');
        Assert.StartsWith("模板中可用的变量", lines[0], StringComparison.Ordinal);
        var total = lines.Single(l => l.StartsWith("income.total ", StringComparison.Ordinal));
        var grade = lines.Single(l => l.StartsWith("self_evaluation.grade ", StringComparison.Ordinal));
        Assert.Matches("^income\\.total +金额（万元，两位小数，可运算） +本年度总收入（写明的，或各项收入之和）$", total);
        Assert.Matches("^self_evaluation\\.grade +文本 +等级：优、良、中或差（写明的，否则按总分定的）$", grade);

        // The kind column starts at the same display column on every line.
        static int ColumnOf(string line, string kind) => PerfReport.Text.EastAsianWidth.Of(line[..line.IndexOf("  " + kind, StringComparison.Ordinal)]) + 2;
        Assert.Equal(ColumnOf(total, "金额"), ColumnOf(grade, "文本"));
        // And so does the description column.
        static int DescriptionAt(string line, string start) => PerfReport.Text.EastAsianWidth.Of(line[..line.IndexOf(start, StringComparison.Ordinal)]);
        Assert.Equal(DescriptionAt(total, "本年度总收入"), DescriptionAt(grade, "等级："));
        Assert.Contains(lines, l => l.StartsWith("self_evaluation.indicators[].score ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("performance.achievements[].items ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("cn_number ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_json_list_nests_members_under_objects_and_lists()
    {
        var run = CliRunner.Run("templates", "vars", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var variables = json.RootElement.GetProperty("variables");
        var self = variables.EnumerateArray().Single(v => v.GetProperty("name").GetString() == "self_evaluation");
        Assert.Equal("对象", self.GetProperty("type").GetString());
        var indicators = self.GetProperty("members").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "indicators");
        Assert.Equal("列表", indicators.GetProperty("type").GetString());
        Assert.Equal(
            ["group", "category", "name", "kind", "target", "actual", "weight", "score", "deviation"],
            indicators.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal("cn_number", json.RootElement.GetProperty("functions")[0].GetProperty("name").GetString());
        Assert.False(variables.EnumerateArray().Single(v => v.GetProperty("name").GetString() == "year").TryGetProperty("members", out _));
    }
}
