using System.Globalization;
using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Syntax;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Validation;

/// <summary>
/// Adds 1.00 to each amount (and each stated percentage) of <c>samples/2022.yaml</c> in turn, by editing the text of that
/// one scalar, and requires an error at or next to it.
/// <para>
/// "At or next to" means: an error on the line of the changed figure, or an error reported at the figure the changed one
/// adds up into. That is decided from YAML paths, not from a list of relations: the error's figure must stand beside the
/// changed figure or beside one of its ancestors (<c>expenditure.basic.total</c> beside <c>expenditure.basic.personnel</c>;
/// <c>income.sources[0].amount</c> beside <c>income.sources[0].breakdown[2].amount</c>; <c>income.total</c> beside
/// <c>income.sources[1]</c>). In the 基础数据表 a cell stands where its row stands and the column must be the same
/// (<c>funds.project.budget</c> is the sum of <c>funds.special_projects[*].budget</c>; <c>funds.total.actual</c> of
/// <c>funds.basic.actual</c>).
/// </para>
/// </summary>
public class MutationTests
{
    private const string Sample = "2022.yaml";
    private const string FundsPrefix = "basic_data_table.funds.";
    private static readonly string[] Columns = ["prior_actual", "budget", "actual"];

    /// <summary>
    /// Numeric scalars that are not amounts taking part in a sum or a ratio, and why.
    /// </summary>
    private static readonly (Func<string, bool> Matches, string Why)[] Excluded =
    [
        (p => p is "version" or "year", "not amounts"),
        (p => p.StartsWith("basic_info.staffing.", StringComparison.Ordinal), "head counts (integers), not amounts; the 控制率 they feed is checked by PR3005's spec"),
        (p => p.EndsWith(".weight", StringComparison.Ordinal) || p.EndsWith(".score", StringComparison.Ordinal) || p == "self_evaluation.total_score",
            "points, not amounts; their roll-ups are PR2013–PR2015 and the scoring rules, covered by specs"),
        (p => p.StartsWith("self_evaluation.indicators", StringComparison.Ordinal), "indicator values (年度指标值, 实际完成值) are text scored by the PR41xx rules, not amounts"),
        (p => p is "basic_data_table.funds.public.prior_actual" or "basic_data_table.funds.public.budget",
            "其中：公用经费 in the years the narrative does not state: part of no sum (人员经费 is not a row of the table) and of no cross-reference"),
        (p => p.StartsWith("basic_data_table.funds.operation.", StringComparison.Ordinal),
            "其中：运行维护经费 is a classification across the projects, part of no sum (domain.md §5 item 10 NOTE)"),
    ];

    public static TheoryData<string> Figures()
    {
        var data = new TheoryData<string>();
        foreach (var s in Scalars().Where(s => Excluded.All(e => !e.Matches(s.Path)))) data.Add(s.Path);
        return data;
    }

    [Fact]
    public void Sample_is_error_free_and_has_enough_figures_to_mutate()
    {
        Assert.DoesNotContain(SampleDiagnosticsTests.Validate(Sample), d => d.Severity == Severity.Error);
        Assert.True(Figures().Count >= 50, $"only {Figures().Count} figures found");
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void Adding_one_to_a_figure_gives_an_error_at_or_next_to_it(string path)
    {
        var scalar = Scalars().Single(s => s.Path == path);
        var text = Repo.Read("samples", Sample);
        var mutated = Replace(text, scalar.Span, Plus1(scalar.Value));
        var diagnostics = Compilation.Validate(SourceText.From(Sample, mutated), CompilationOptions.Default).Diagnostics;
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(
            errors.Any(e => e.Span.Line == scalar.Span.Line || Beside(e.YamlPath, path)),
            $"{path} (line {scalar.Span.Line}) {scalar.Value} → {Plus1(scalar.Value)}:\n{SampleDiagnosticsTests.Show(diagnostics)}");
    }

    /// <summary>Every scalar of the sample that reads as an amount or a percentage.</summary>
    private static List<YamlScalar> Scalars()
    {
        var bag = new DiagnosticBag(Sample);
        var root = YamlLoader.Load(SourceText.From(Sample, Repo.Read("samples", Sample)), bag) ?? throw new InvalidOperationException("sample does not load");
        var found = new List<YamlScalar>();
        var stack = new Stack<YamlNode>([root]);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case YamlMapping m:
                    foreach (var e in m.Entries) stack.Push(e.Value);
                    break;
                case YamlSequence s:
                    foreach (var i in s.Items) stack.Push(i);
                    break;
                case YamlScalar s when IsAmount(s.Value) || Numbers.TryParsePercent(s.Value, out _):
                    found.Add(s);
                    break;
            }
        }

        return found.OrderBy(s => s.Span.Line).ThenBy(s => s.Span.Column).ToList();
    }

    private static bool IsAmount(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static string Plus1(string text) =>
        Numbers.TryParsePercent(text, out var p) ? Numbers.Percent(p + 1m)
        : Numbers.Money(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) + 1m);

    private static string Replace(string text, SourceSpan span, string replacement)
    {
        Assert.Equal(span.Line, span.EndLine);
        var lines = text.Split('\n');
        var line = lines[span.Line - 1];
        lines[span.Line - 1] = line[..(span.Column - 1)] + replacement + line[(span.EndColumn - 1)..];
        return string.Join('\n', lines);
    }

    /// <summary>True when the error's figure stands beside the changed figure or beside one of its ancestors.</summary>
    private static bool Beside(string errorPath, string changedPath)
    {
        var (errorNode, errorColumn) = Position(errorPath);
        var (changedNode, changedColumn) = Position(changedPath);
        if (errorColumn != changedColumn) return false;
        var container = Parent(errorNode);
        var changedContainer = Parent(changedNode);
        return changedContainer == container
            || changedContainer.StartsWith(container + ".", StringComparison.Ordinal)
            || changedContainer.StartsWith(container + "[", StringComparison.Ordinal);
    }

    /// <summary>A 基础数据表 cell stands where its row stands; any other figure where it is.</summary>
    private static (string Node, string? Column) Position(string path)
    {
        var column = Columns.FirstOrDefault(c => path.EndsWith("." + c, StringComparison.Ordinal));
        return path.StartsWith(FundsPrefix, StringComparison.Ordinal) && column is not null
            ? (path[..^(column.Length + 1)], column)
            : (path, null);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut < 0 ? "" : path[..cut];
    }
}
