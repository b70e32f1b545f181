using PerfReport.Model;
using PerfReport.TestKit;

namespace PerfReport.Tests.Binding;

public class BinderTests
{
    /// <summary>The pipeline's result with only the loader's and binder's diagnostics (PR0xxx, PR1xxx) kept.</summary>
    private static (IReadOnlyList<PerfReport.Diagnostics.Diagnostic> Diagnostics, Evaluation? Model) Structural(string yaml)
    {
        var r = Yaml.Check(yaml);
        return (r.Diagnostics.Where(d => d.Id[2] is '0' or '1' && !Yaml.IsCompleteness(d)).ToList(), r.Model);
    }

    private const string Head = "year: 2022\ndepartment:\n  name: 某局\n";

    [Fact]
    public void Misspelt_key_gets_the_closest_key_suggested()
    {
        var r = Structural(Head + "income:\n  sources:\n    - name: 其他收入\n      amout: 5\n");
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("PR1003", d.Id);
        Assert.Equal((7, 7), (d.Span.Line, d.Span.Column));
        Assert.Equal("未知字段 \"amout\"，是否应为 \"amount\"？", d.Message);
    }

    [Fact]
    public void Unknown_key_far_from_any_lists_the_keys_that_are_allowed()
    {
        var d = Assert.Single(Structural(Head + "xyzzy: 1\n").Diagnostics);
        Assert.Equal("PR1003", d.Id);
        Assert.Contains("此处可用的字段：version、year", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_where_a_number_belongs_says_to_write_the_number_alone()
    {
        var d = Assert.Single(Structural(Head + "income:\n  total: 107.49万元\n").Diagnostics);
        Assert.Equal("PR1004", d.Id);
        Assert.Equal((5, 10), (d.Span.Line, d.Span.Column));
        Assert.Equal("income.total", d.YamlPath);
        Assert.Contains("请只写数字 107.49", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_fields_are_reported_where_they_belong()
    {
        var r = Structural("department:\n  region: 某县\nincome:\n  sources:\n    - amount: 5\n");
        Assert.Equal(
            [("PR1001", 1, "department.name"), ("PR1001", 1, "year"), ("PR1001", 5, "income.sources[0].name")],
            r.Diagnostics.Select(d => (d.Id, d.Span.Line, d.YamlPath)));
    }

    [Fact]
    public void Negative_amount_malformed_percent_and_extra_decimals_are_each_reported()
    {
        var r = Structural(Head + "income:\n  total: -5\n  sources:\n    - { name: a, amount: 5.123, breakdown: [ { name: b, amount: 5, share: 81.14 } ] }\n");
        Assert.Equal(["PR1005", "PR1007", "PR1006"], r.Diagnostics.Select(d => d.Id));
        Assert.Equal(PerfReport.Diagnostics.Severity.Warning, r.Diagnostics[1].Severity);
    }

    [Fact]
    public void Wrong_shapes_are_reported_and_binding_goes_on()
    {
        var r = Structural(Head + "problems: 预算编制有待细化\nincome: [1, 2]\nexpenditure:\n  total: 5\n");
        Assert.Equal(["PR1002", "PR1002"], r.Diagnostics.Select(d => d.Id));
        Assert.Equal(5m, r.Model!.Expenditure!.Total!.Value);
    }

    [Fact]
    public void Blank_not_applicable_and_figures_stay_distinct_in_cells()
    {
        var r = Structural(Head + "basic_data_table:\n  funds:\n    procurement: { prior_actual: ——, budget: , actual: 0 }\n");
        Assert.Empty(r.Diagnostics);
        var row = r.Model!.BasicDataTable!.Funds!.Procurement!;
        Assert.Equal(CellState.NotApplicable, row.PriorActual.State);
        Assert.Equal(CellState.Blank, row.Budget.State);
        Assert.Equal((CellState.Value, 0m), (row.Actual.State, row.Actual.Value!.Value));
        Assert.Equal(CellState.Blank, r.Model.BasicDataTable.Funds.Reception!.Actual.State);
    }

    [Fact]
    public void Amounts_keep_their_exact_decimal_value()
    {
        var r = Structural(Head + "income:\n  total: 99.2\n  carry_over: 99.20\n");
        Assert.Equal(99.2m, r.Model!.Income!.Total!.Value);
        Assert.Equal(99.20m, r.Model.Income.CarryOver!.Value);
        Assert.Equal("99.20", Numbers.Money(r.Model.Income.Total.Value));
    }

    [Fact]
    public void Several_faults_in_one_file_are_all_reported_in_one_run()
    {
        const string yaml = """
            year: 2022
            department:
              region: 某县
            income:
              total: 107.49万元
              totl: 1
              sources:
                - { name: 其他收入, amount: 5 }
                - { name: 其他收入, amount: 5 }
            expenditure:
              total: 1
              total: 2
            problems:
            	- 缩进用了 Tab
            """;
        var r = Structural(yaml);
        Assert.Equal(
            [("PR1001", 2), ("PR1004", 5), ("PR1003", 6), ("PR0003", 12), ("PR0002", 14)],
            r.Diagnostics.Select(d => (d.Id, d.Span.Line)));
    }

    [Fact]
    public void Samples_bind_without_any_diagnostic_from_the_loader_or_binder()
    {
        foreach (var sample in new[] { "2022.yaml", "2022-as-published.yaml", "minimal.yaml" })
        {
            var r = Yaml.CheckSample(sample);
            Assert.DoesNotContain(r.Diagnostics, d => d.Id.StartsWith("PR0", StringComparison.Ordinal) || d.Id.StartsWith("PR1", StringComparison.Ordinal));
            Assert.NotNull(r.Model?.Department?.Name);
        }
    }
}
