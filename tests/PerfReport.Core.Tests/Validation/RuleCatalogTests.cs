using System.Text.RegularExpressions;
using PerfReport.Diagnostics;
using PerfReport.Validation;

namespace PerfReport.Tests.Validation;

/// <summary>What every rule must have, checked for all of them so that nobody has to remember it.</summary>
public partial class RuleCatalogTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All) data.Add(rule.Descriptor.Id);
        return data;
    }

    private static DiagnosticDescriptor Descriptor(string id) => RuleCatalog.Find(id)!.Descriptor;

    [Fact]
    public void Every_rule_type_in_the_assembly_is_listed_once()
    {
        var types = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => typeof(IValidationRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = RuleCatalog.All.Select(r => r.GetType().FullName!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(types, listed);
    }

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        var ids = RuleCatalog.All.Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        Assert.Empty(ids.Intersect(DiagnosticDescriptors.All.Select(d => d.Id)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Code_lies_in_the_range_of_its_category(string id)
    {
        var expected = Descriptor(id).Category switch
        {
            RuleCategory.Sums => '2',
            RuleCategory.Percentages => '3',
            RuleCategory.Indicators => '4',
            RuleCategory.Text => '5',
            var other => throw new InvalidOperationException($"{id}: a validation rule in category {other}"),
        };
        Assert.Equal(expected, id[2]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Title_and_message_are_present_and_end_without_a_full_stop(string id)
    {
        var d = Descriptor(id);
        Assert.False(string.IsNullOrWhiteSpace(d.Title));
        Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat));
        Assert.False(d.Title.EndsWith('。'), d.Title);
        Assert.False(d.MessageFormat.EndsWith('。'), d.MessageFormat);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Explanation_has_the_three_headings(string id)
    {
        var lines = Descriptor(id).Explanation.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("## 检查内容", lines);
        Assert.Contains("## 为何重要", lines);
        Assert.Contains("## 示例", lines);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_a_spec_with_a_failing_and_a_passing_block(string id)
    {
        var path = Path.Combine(RuleSpec.SpecDirectory, id + ".md");
        Assert.True(File.Exists(path), $"missing spec {path}");
        var blocks = RuleSpec.Load(path).ToList();
        Assert.Contains(blocks, b => b.Expected.Any(e => e.Id == id));
        Assert.Contains(blocks, b => b.Expected.Count == 0);
        Assert.All(blocks, b => Assert.All(b.Expected, e => Assert.Equal(id, e.Id)));
    }

    [Fact]
    public void Every_spec_file_belongs_to_a_rule_or_a_fixed_code()
    {
        var ids = RuleCatalog.All.Select(r => r.Descriptor.Id).Concat(DiagnosticDescriptors.All.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.GetFiles(RuleSpec.SpecDirectory, "PR*.md").Select(Path.GetFileNameWithoutExtension).Where(id => !ids.Contains(id!));
        Assert.Empty(orphans);
    }

    [GeneratedRegex("^PR[0-9]{4}$")]
    private static partial Regex IdPattern();
}
