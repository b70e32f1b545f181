using PerfReport.Rendering;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>The names <c>build --split</c> claims before a batch begins must be the names the renderer gives.</summary>
public sealed class SplitAttachmentsTests
{
    [Fact]
    public void The_built_in_templates_attach_the_basic_data_table_then_the_self_evaluation_table()
    {
        Assert.Equal(["附表1-基础数据表", "附表2-自评表"], SplitAttachments.Names(null));
        Assert.Equal(SplitAttachments.Names(null), SplitAttachments.Names(TemplateSet.Default));
    }

    [Fact]
    public void The_numbers_follow_the_manifest_order_and_a_table_left_out_has_no_name()
    {
        var files = TemplateSet.Default.Files.ToDictionary(StringComparer.Ordinal);
        var manifest = files["report.yaml"];
        files["report.yaml"] = manifest[..manifest.IndexOf("tables:", StringComparison.Ordinal)]
            + "tables:\n  - { table: SelfEvaluationTable, note: tables/signature.sbn }\n";
        Assert.Equal(["附表1-自评表"], SplitAttachments.Names(TemplateSet.FromFiles("tpl", files)));
    }

    [Fact]
    public void A_manifest_that_cannot_be_read_claims_nothing()
    {
        var files = TemplateSet.Default.Files.ToDictionary(StringComparer.Ordinal);
        files["report.yaml"] = "tables: [\n";
        Assert.Empty(SplitAttachments.Names(TemplateSet.FromFiles("tpl", files)));
    }

    [Fact]
    public void The_renderer_names_the_attachments_the_same_way()
    {
        var result = Compilation.Build(SourceText.From("2022.yaml", Repo.Read("samples", "2022.yaml")), CompilationOptions.Default with { Split = true });
        Assert.Equal(SplitAttachments.Names(null), result.Attachments.Select(a => a.Name));
    }
}
