using static PerfReport.Tests.Scoring.ScoringTables;

namespace PerfReport.Tests.Scoring;

/// <summary>One whole table, scored by hand under both built-in profiles.</summary>
public class HandComputedTableTests
{
    private static string Table(string profile) => $"""
        year: 2023
        department: {"{"} name: 某县某局 {"}"}
        scoring: {"{"} profile: {profile} {"}"}
        self_evaluation:
          funds: {"{"} full_year_budget: 200, executed: 170 {"}"}
          indicators:
            - name: 产出指标
              weight: 50
              categories:
                - name: 数量指标
                  indicators:
                    - {"{"} name: 培训场次, target: ≥6场, actual: 5场, weight: 10 {"}"}
                    - {"{"} name: 覆盖率, target: 100%, actual: 98%, weight: 10 {"}"}
                - name: 成本指标
                  indicators:
                    - {"{"} name: 业务经费, target: ≤100万元, actual: 125万元, weight: 20 {"}"}
                - name: 质量指标
                  indicators:
                    - {"{"} name: 制度健全, target: 健全, actual: 基本健全, grade: partial, weight: 10, score: 7 {"}"}
            - name: 效益指标
              categories:
                - name: 社会效益指标
                  indicators:
                    - {"{"} name: 办结率, target: "=100%", actual: 100%, weight: 30 {"}"}
            - name: 满意度指标
              categories:
                - name: 服务对象满意度指标
                  indicators:
                    - {"{"} name: 群众满意度, target: ≥90%, actual: 99%, weight: 10 {"}"}
        """;

    [Fact]
    public void Under_mof_2020()
    {
        var sheet = Sheet(Table("mof-2020"));
        // 5/6×10 = 8.33; 9.8; ratio 100/125×20 = 16; stated 7 in [6, 8); 30; 10
        Assert.Equal([8.33m, 9.8m, 16m, 7m, 30m, 10m], sheet.Indicators.Select(i => i.Score!.Value));
        Assert.Equal([41.13m, 30m, 10m], sheet.Groups.Select(g => g.Score));
        Assert.Equal([50m, 30m, 10m], sheet.Groups.Select(g => g.Weight));
        // 执行率 85% → 8.5
        Assert.Equal(8.5m, sheet.Funds!.Score);
        Assert.Equal(89.63m, sheet.Total);
        Assert.Equal(100m, sheet.MaxTotal);
        Assert.Equal("良", sheet.Grade);
    }

    [Fact]
    public void Under_jiangxi()
    {
        var sheet = Sheet(Table("jiangxi"));
        Assert.Equal(7m, sheet.Funds!.Score);   // 85% ∈ [80%, 100%) → 7
        Assert.Equal(88.13m, sheet.Total);
        Assert.Equal("良", sheet.Grade);
    }

    [Fact]
    public void Under_mof_2020_with_the_deviation_method()
    {
        var sheet = Sheet(Table("mof-2020").Replace("profile: mof-2020", "profile: mof-2020, negative_method: deviation", StringComparison.Ordinal));
        var cost = sheet.Indicators.Single(i => i.Name == "业务经费");
        Assert.Equal(15m, cost.Score);          // (1 − 25/100) × 20
        Assert.Equal(88.63m, sheet.Total);
    }
}
