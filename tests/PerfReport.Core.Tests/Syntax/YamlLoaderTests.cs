using System.Diagnostics;
using System.Text;
using PerfReport.Diagnostics;
using PerfReport.Syntax;
using PerfReport.Text;

namespace PerfReport.Tests.Syntax;

public class YamlLoaderTests
{
    private static (YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        var bag = new DiagnosticBag("t.yaml");
        var root = YamlLoader.Load(SourceText.From("t.yaml", yaml), bag);
        return (root, bag.ToSortedList());
    }

    [Fact]
    public void Scalars_carry_one_based_spans_and_paths()
    {
        var (root, diagnostics) = Load("income:\n  sources:\n    - name: 其他收入\n      amount: 5\n");
        Assert.Empty(diagnostics);
        var amount = ((YamlMapping)((YamlSequence)((YamlMapping)((YamlMapping)root!).Entries[0].Value).Entries[0].Value).Items[0]).Entries[1];
        Assert.Equal("income.sources[0].amount", amount.Value.Path);
        Assert.Equal(new SourceSpan(4, 15, 4, 16), amount.Value.Span);
        Assert.Equal(4, amount.Key.Span.Line);
        Assert.Equal(7, amount.Key.Span.Column);
    }

    [Fact]
    public void Tab_in_indentation_is_reported_at_the_tab_and_the_rest_is_still_read()
    {
        var (root, diagnostics) = Load("department:\n  name: 某局\nincome:\n\ttotal: 5\n");
        var tab = Assert.Single(diagnostics);
        Assert.Equal("PR0002", tab.Id);
        Assert.Equal((4, 1), (tab.Span.Line, tab.Span.Column));
        Assert.NotNull(root);
        Assert.Equal(2, ((YamlMapping)root).Entries.Count);
    }

    [Fact]
    public void Tab_after_spaces_points_at_its_own_column()
    {
        var (_, diagnostics) = Load("a:\n  b:\n  \tc: 1\n");
        var tab = Assert.Single(diagnostics, d => d.Id == "PR0002");
        Assert.Equal((3, 3), (tab.Span.Line, tab.Span.Column));
    }

    [Fact]
    public void Tab_inside_a_value_is_not_a_problem()
    {
        var (_, diagnostics) = Load("a: x\ty\nb: |\n  text\n");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_and_the_first_is_kept()
    {
        var (root, diagnostics) = Load("a: 1\nb: 2\na: 3\n");
        var dup = Assert.Single(diagnostics);
        Assert.Equal("PR0003", dup.Id);
        Assert.Equal((3, 1), (dup.Span.Line, dup.Span.Column));
        Assert.Contains("第一次在第 1 行", dup.Message, StringComparison.Ordinal);
        var entries = ((YamlMapping)root!).Entries;
        Assert.Equal(["a", "b"], entries.Select(e => e.Key.Value));
        Assert.Equal("1", ((YamlScalar)entries[0].Value).Value);
    }

    [Fact]
    public void Every_duplicate_is_reported_in_one_run()
    {
        var (_, diagnostics) = Load("a: 1\na: 2\nb:\n  c: 1\n  c: 2\n");
        Assert.Equal([2, 5], diagnostics.Where(d => d.Id == "PR0003").Select(d => d.Span.Line));
    }

    [Fact]
    public void Deep_nesting_is_refused_without_crashing()
    {
        var yaml = "a: " + new string('[', 200_000) + new string(']', 200_000) + "\n";
        var (root, diagnostics) = Load(yaml);
        Assert.Null(root);
        var d = Assert.Single(diagnostics);
        Assert.Equal("PR0005", d.Id);
        Assert.Equal(1, d.Span.Line);
    }

    [Fact]
    public void Alias_bomb_is_refused_once_per_alias_name()
    {
        var lines = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
            lines.Append(CultureInfoFree($"{c}: &{c} [{string.Join(",", Enumerable.Repeat("*" + (char)(c - 1), 9))}]\n"));
        var stopwatch = Stopwatch.StartNew();
        var (_, diagnostics) = Load(lines.ToString());
        Assert.Equal(8, diagnostics.Count(d => d.Id == "PR0006"));
        Assert.Equal((2, 8), (diagnostics[0].Span.Line, diagnostics[0].Span.Column));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), "an alias must never be expanded");
    }

    [Fact]
    public void Syntax_error_has_its_real_position()
    {
        var (root, diagnostics) = Load("a: 1\nb: \"unterminated\nc: 2\n");
        Assert.Null(root);
        var d = Assert.Single(diagnostics);
        Assert.Equal("PR0001", d.Id);
        Assert.Equal(2, d.Span.Line);
    }

    [Fact]
    public void An_unclosed_flow_mapping_is_a_syntax_error_not_a_crash()
    {
        // YamlDotNet's scanner throws InvalidOperationException here rather than a YamlException.
        var (root, diagnostics) = Load("a:\n  - { name: 0\n  - { name: x, b: 1 }\n");
        Assert.Null(root);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("PR0001", 2), (d.Id, d.Span.Line));
        Assert.Contains("{ } 或 [ ] 可能没有配对", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_document_is_reported()
    {
        var (_, diagnostics) = Load("year: 2022\n---\nyear: 2023\n");
        Assert.Equal("PR0007", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Empty_input_is_an_empty_tree_not_a_crash()
    {
        var (root, diagnostics) = Load("");
        Assert.Empty(diagnostics);
        Assert.True(((YamlScalar)root!).IsNull);
    }

    [Fact]
    public void Byte_order_mark_is_accepted_and_non_utf8_is_reported()
    {
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("year: 2022\ndepartment: { name: 某局 }\n")).ToArray();
        Assert.DoesNotContain(Compilation.Validate("t.yaml", withBom, CompilationOptions.Default).Diagnostics, d => !PerfReport.TestKit.Yaml.IsCompleteness(d));

        var gbk = new byte[] { 0x79, 0x65, 0x61, 0x72, 0x3A, 0x20, 0xC4, 0xEA, 0x0A };
        Assert.Equal("PR0008", Assert.Single(Compilation.Validate("t.yaml", gbk, CompilationOptions.Default).Diagnostics).Id);
    }

    [Fact]
    public void Oversized_input_is_refused()
    {
        var bytes = new byte[Compilation.MaxInputBytes + 1];
        Array.Fill(bytes, (byte)'#');
        Assert.Equal("PR0004", Assert.Single(Compilation.Validate("t.yaml", bytes, CompilationOptions.Default).Diagnostics).Id);
    }

    private static string CultureInfoFree(FormattableString s) => FormattableString.Invariant(s);
}
