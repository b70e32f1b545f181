using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Tests.Scoring;

/// <summary>Builds small reports around one indicator table and scores them.</summary>
internal static class ScoringTables
{
    public static CompilationResult Compile(string yaml, Func<string, SourceText?>? files = null) =>
        Compilation.Validate(SourceText.From("t.yaml", yaml), CompilationOptions.Default with { ReadRelativeFile = files });

    public static ScoreSheet Sheet(string yaml, Func<string, SourceText?>? files = null) =>
        Compile(yaml, files).ScoreSheet ?? throw new InvalidOperationException("no sheet");

    /// <summary>A report with the given scoring settings and indicator rows (flow mappings) under one 一级/二级.</summary>
    public static string Report(string scoring, params string[] rows) =>
        $"""
        year: 2022
        department: {"{"} name: 某局 {"}"}
        {scoring}
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
        {string.Join("\n", rows.Select(r => "            - " + r))}
        """;

    /// <summary>Scores one indicator row under the given scoring settings.</summary>
    public static IndicatorScore One(string row, string scoring = "") => Sheet(Report(scoring, row)).Indicators.Single();

    public static FundsScore Funds(string funds, string scoring = "") =>
        Sheet($"""
            year: 2022
            department: {"{"} name: 某局 {"}"}
            {scoring}
            self_evaluation:
              funds: {funds}
            """).Funds!;
}
