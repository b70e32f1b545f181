using System.Text.Json.Nodes;
using PerfReport.Model;
using PerfReport.Scoring;
using PerfReport.TestKit;

namespace PerfReport.Tests.Model;

/// <summary>The vocabularies live in <see cref="Vocabulary"/>; the schema's enums list the same codes in the same order.</summary>
public sealed class VocabularyTests
{
    private static readonly JsonObject Definitions = JsonNode.Parse(Repo.Read("schema", "perfreport.schema.json"))!["definitions"]!.AsObject();

    private static IEnumerable<string> Enum(string definition, string property) =>
        Definitions[definition]!["properties"]![property]!["enum"]!.AsArray().Select(e => e!.GetValue<string>());

    [Fact]
    public void The_schema_lists_the_vocabulary_codes()
    {
        Assert.Equal(Vocabulary.Kinds.Select(k => k.Code), Enum("indicator", "kind"));
        Assert.Equal(Vocabulary.Grades.Select(g => g.Code), Enum("indicator", "grade"));
        Assert.Equal(Vocabulary.TotalGrades, Enum("self_evaluation", "grade"));
    }

    [Fact]
    public void Every_kind_and_grade_has_one_term()
    {
        Assert.Equal(System.Enum.GetValues<IndicatorKind>(), Vocabulary.Kinds.Select(k => k.Kind));
        Assert.Equal(System.Enum.GetValues<ScoreKind>(), Vocabulary.Kinds.Select(k => k.Score));
        Assert.Equal(System.Enum.GetValues<QualitativeGrade>(), Vocabulary.Grades.Select(g => g.Grade));
        Assert.Equal("反向", ScoreNames.Label(ScoreKind.Negative));
        Assert.Equal("equal", ScoreNames.Code(ScoreKind.Equal));
    }
}
