using System.Text.Json.Nodes;
using PerfReport.Model;
using PerfReport.Scoring;
using PerfReport.TestKit;

namespace PerfReport.Tests.Model;

/// <summary>The vocabularies live in <see cref="Vocabulary"/>; the schema's <c>oneOf</c> lists the same codes and words in the same order, each with its description.</summary>
public sealed class VocabularyTests
{
    private static readonly JsonObject Definitions = JsonNode.Parse(Repo.Read("schema", "perfreport.schema.json"))!["definitions"]!.AsObject();

    private static IEnumerable<string> Enum(string definition, string property) =>
        Definitions[definition]!["properties"]![property]!["oneOf"]!.AsArray().Select(e => e!["const"]!.GetValue<string>());

    [Fact]
    public void The_schema_lists_the_vocabulary_codes()
    {
        Assert.Equal(Vocabulary.Kinds.Select(k => k.Code).Concat(Vocabulary.Kinds.Select(k => k.Label)), Enum("indicator", "kind"));
        Assert.Equal(Vocabulary.Grades.Select(g => g.Code).Concat(Vocabulary.Grades.Select(g => g.Label)), Enum("indicator", "grade"));
        Assert.Equal(Vocabulary.TotalGrades, Enum("self_evaluation", "grade"));
        Assert.Equal(Vocabulary.Natures.Select(n => n.Code).Concat(Vocabulary.Natures.Select(n => n.Label)), Enum("income_source", "nature"));
    }

    [Fact]
    public void Every_kind_and_grade_has_one_term()
    {
        Assert.Equal(System.Enum.GetValues<IndicatorKind>(), Vocabulary.Kinds.Select(k => k.Kind));
        Assert.Equal(System.Enum.GetValues<ScoreKind>(), Vocabulary.Kinds.Select(k => k.Score));
        Assert.Equal(System.Enum.GetValues<QualitativeGrade>(), Vocabulary.Grades.Select(g => g.Grade));
        Assert.Equal(System.Enum.GetValues<PerfReport.Model.IncomeNature>(), Vocabulary.Natures.Select(n => n.Nature));
        Assert.Equal("反向", ScoreNames.Label(ScoreKind.Negative));
        Assert.Equal("equal", ScoreNames.Code(ScoreKind.Equal));
    }

    [Fact]
    public void Every_value_in_the_schema_has_a_Chinese_description()
    {
        Assert.Equal("一般公共预算财政拨款", Definitions["income_source"]!["properties"]!["nature"]!["oneOf"]![0]!["description"]!.GetValue<string>());
        foreach (var (name, values) in Vocabulary.Choices)
        {
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.Description));
            Assert.Equal(values.Count, values.Select(v => v.Value).Distinct(StringComparer.Ordinal).Count());
            Assert.Contains($"\"oneOf\": \"@vocabulary {name}\"", Repo.Read("src", "PerfReport.Core", "Schema.template.json"), StringComparison.Ordinal);
        }
    }
}
