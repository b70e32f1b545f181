using PerfReport.Diagnostics;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Validation;

/// <summary>A file with structural errors still gets every check its intact parts allow; no rule throws on odd input.</summary>
public class PartialModelTests
{
    private static IReadOnlyList<Diagnostic> Validate(string text) =>
        Compilation.Validate(SourceText.From("broken.yaml", text), CompilationOptions.Default).Diagnostics;

    private static string Edit(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    [Fact]
    public void Broken_file_still_gets_the_arithmetic_checks_of_its_intact_parts()
    {
        var text = Repo.Read("samples", "2022-as-published.yaml");
        text = Edit(text, "  total: 107.49\n  sources:", "  total: 107.94\n  sources:");              // PR2001 on line 42
        text = Edit(text, "    total: 99.2\n", "    total: 99.2万元\n");                              // PR1004: 基本支出 unreadable
        text = Edit(text, "  organization: |", "  organisation: |");                                   // PR1003
        text = Edit(text, "  goals:\n    - ", "  goals: 一句话\n  goals_x:\n    - ");                     // PR1002 and PR1003 (one more line below)
        text = Edit(text, "    three_public: {}", "    three_public: [1, 2]");                          // PR1002: row of the wrong shape
        var diagnostics = Validate(text);
        var shown = SampleDiagnosticsTests.Show(diagnostics);

        Assert.Contains(diagnostics, d => d.Id == "PR1004" && d.Span.Line == 60);
        Assert.Contains(diagnostics, d => d.Id == "PR1003");
        Assert.Contains(diagnostics, d => d.Id == "PR1002");
        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticDescriptors.InternalError.Id);

        // Intact parts are still checked in the same run.
        Assert.True(diagnostics.Any(d => d.Id == "PR2001" && d.Span.Line == 42), shown);
        Assert.True(diagnostics.Any(d => d.Id == "PR2008" && d.Span.Line == 154), shown);
        Assert.True(diagnostics.Count(d => d.Id == "PR3013") == 3, shown);
        var costLine = text.Split('\n').ToList().FindIndex(l => l.Contains("score: 14", StringComparison.Ordinal)) + 1;
        Assert.True(diagnostics.Any(d => d.Id == "PR4001" && d.Span.Line == costLine), shown);
        // 基本支出 is unreadable but derivable from 人员经费 + 公用经费, so the expenditure checks still run and agree.
        Assert.DoesNotContain(diagnostics, d => d.Id is "PR2003" or "PR3010" or "PR3014");
    }

    [Fact]
    public void Tab_indented_file_is_recovered_and_checked()
    {
        var text = Repo.Read("samples", "2022-as-published.yaml");
        text = Edit(text, "  staffing:\n    establishment_type", "  staffing:\n\testablishment_type");
        var diagnostics = Validate(text);
        Assert.Contains(diagnostics, d => d.Id == "PR0002");
        Assert.Contains(diagnostics, d => d.Id == "PR2008");
    }

    [Theory]
    [InlineData("")]
    [InlineData("income:\nexpenditure:\nbasic_data_table:\nself_evaluation:\n")]
    [InlineData("income: 5\nexpenditure: [1]\nbasic_data_table: x\nself_evaluation: {funds: 3, indicators: 4}\n")]
    [InlineData("income:\n  total: 0\n  sources:\n    - { name: a, amount: 0, breakdown: [{ name: b, amount: 0, share: 0% }, 7] }\n")]
    [InlineData("expenditure:\n  basic: {}\n  project: { projects: [ {}, { name: x }, 3 ] }\nbasic_data_table:\n  funds:\n    special_projects: [ {}, { actual: 1 }, x ]\n    project: { actual: 1 }\n")]
    [InlineData("self_evaluation:\n  funds: { full_year_budget: 0, executed: 0, execution_rate: 0%, by_income: {}, by_expenditure: {} }\n  indicators: [ {}, { categories: [ {}, { indicators: [ {}, { weight: 1 } ] } ] } ]\n  total_score: 1\n")]
    [InlineData("basic_info:\n  staffing: { authorized: 0, actual: 0 }\nbasic_data_table:\n  staff_control_rate: 0%\n  buildings: { approved_area: 0, actual_area: 0, area_control_rate: 0%, budget_investment: 0, investment_control_rate: —— }\n")]
    [InlineData("budget_vs_final: { initial_budget: 0, reasons: [ { amount: 1 }, {} ] }\nexpenditure: { total: 1 }\nperformance: { summary: 严格按照年初预算，三公经费下降 }\n")]
    public void No_rule_throws_on_odd_input(string yaml)
    {
        var diagnostics = Validate(yaml);
        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticDescriptors.InternalError.Id);
    }
}
