using PerfReport.Rendering.Docx;

namespace PerfReport.Tests.Rendering.Docx;

/// <summary>A report-shaped sample exercising every block kind, both table sizes, merges and multi-page tables.</summary>
internal static class SampleDocuments
{
    public const string Sentence =
        "为进一步规范财政资金管理，牢固树立预算绩效理念，强化部门支出责任，提高财政资金使用效益，2022年度本单位总收入107.49万元。";

    public static DocumentSpec Report(int bodyParagraphs = 12) => new(
    [
        new ParagraphBlock(StyleNames.Title, "2022年度益阳市资阳区工商业联合会部门整体支出绩效自评报告"),
        new ParagraphBlock(StyleNames.BodyText, Sentence + "现将我单位部门整体支出绩效自评情况报告如下："),
        new ParagraphBlock(StyleNames.Heading1, "一、部门（单位）基本情况"),
        new ParagraphBlock(StyleNames.Heading2, "（一）主要职责"),
        new ParagraphBlock(StyleNames.Heading3, "1. 开展非公有制经济人士思想政治工作"),
        new ParagraphBlock(StyleNames.Heading4, "（1）引导非公有制经济人士爱国、敬业、诚信、守法"),
        new ParagraphBlock(StyleNames.BodyText,
        [
            new TextRun("加粗的开头。", Bold: true),
            new TextRun("其后是普通文字，含英文 Times New Roman 与数字 2022、107.49。"),
        ]),
        .. Enumerable.Range(1, bodyParagraphs).Select(i => new ParagraphBlock(StyleNames.BodyText, $"第{i}段：" + Sentence + Sentence)),
        new ParagraphBlock(StyleNames.Heading1, "二、其他需要说明的情况"),
        new ParagraphBlock(StyleNames.BodyText, "无其他需要说明的情况。"),
        PageBreakBlock.Instance,
        new ParagraphBlock(StyleNames.AttachmentLabel, "附表1"),
        new TableBlock(BasicDataTable(groups: 4)),
        PageBreakBlock.Instance,
        new ParagraphBlock(StyleNames.AttachmentLabel, "附表2"),
        new TableBlock(SelfEvaluationTable()),
        new SectionBreakBlock(PageOrientation.Landscape),
        new ParagraphBlock(StyleNames.AttachmentLabel, "附表3"),
        new TableBlock(new TableSpec(ColumnWidths.Equal(3), [TableRowSpec.Of(TextAlignment.Center, "横排", "表格", "示例")], HeaderRowCount: 1, Title: "横排表格示例")),
    ], Title: "2022年度部门整体支出绩效自评报告");

    /// <summary>
    /// 5 columns. Header: 类别 and 项目 merged down over 2 rows; "经费控制情况（万元）" across 3 columns.
    /// Body: per group a 类别 cell merged down over 6 rows; last row: a note spanning 4 columns.
    /// </summary>
    public static TableSpec BasicDataTable(int groups)
    {
        var rows = new List<TableRowSpec>
        {
            new([
                new("类别", Merge: VerticalMerge.Restart, Bold: true),
                new("项目", Merge: VerticalMerge.Restart, Bold: true),
                new("经费控制情况（万元）", ColumnSpan: 3, Bold: true),
            ]),
            new([
                TableCellSpec.Continue(),
                TableCellSpec.Continue(),
                new("2021年决算数", Bold: true),
                new("2022年预算数", Bold: true),
                new("2022年决算数", Bold: true),
            ]),
        };
        string[] items = ["支出总额", "基本支出", "其中：公用经费", "项目支出", "其中：运行维护经费", "专项：民营经济小组办公费"];
        for (int g = 1; g <= groups; g++)
        {
            for (int i = 0; i < items.Length; i++)
            {
                rows.Add(new([
                    i == 0 ? new($"第{g}组经费", Merge: VerticalMerge.Restart) : TableCellSpec.Continue(),
                    new(items[i], Alignment: TextAlignment.Left),
                    new("98.85", Alignment: TextAlignment.Right),
                    new("73.03", Alignment: TextAlignment.Right),
                    new("107.49", Alignment: TextAlignment.Right),
                ]));
            }
        }

        rows.Add(new([
            new("厉行节约保障措施"),
            new("严格费用支出审核审批程序，实行限额把关、一支笔审批制度，\n各项费用严格履行“联审会签”程序。", ColumnSpan: 4, Alignment: TextAlignment.Left),
        ]));
        return new TableSpec(ColumnWidths.Relative(3, 6, 3, 3, 3), rows, HeaderRowCount: 2, Title: "2022年度部门整体支出绩效评价基础数据表");
    }

    /// <summary>9 columns in 小五; 一级/二级指标 merged down; one header row.</summary>
    public static TableSpec SelfEvaluationTable()
    {
        var rows = new List<TableRowSpec>
        {
            TableRowSpec.Of(TextAlignment.Center, "", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
        };
        string[][] second = [["数量指标", "质量指标", "时效指标", "成本指标"], ["经济效益指标", "社会效益指标", "可持续影响指标"]];
        for (int first = 0; first < 2; first++)
        {
            for (int s = 0; s < second[first].Length; s++)
            {
                for (int k = 0; k < 2; k++)
                {
                    bool firstRow = first == 0 && s == 0 && k == 0;
                    rows.Add(new([
                        firstRow ? new("绩\n效\n指\n标", Merge: VerticalMerge.Restart) : TableCellSpec.Continue(),
                        s == 0 && k == 0 ? new(first == 0 ? "产出指标\n（50分）" : "效益指标\n（40分）", Merge: VerticalMerge.Restart) : TableCellSpec.Continue(),
                        k == 0 ? new(second[first][s], Merge: VerticalMerge.Restart) : TableCellSpec.Continue(),
                        new("了解反映非公有制企业和非公有制经济人士诉求，帮助其依法维护合法权益", Alignment: TextAlignment.Left),
                        new("100%"),
                        new("100%"),
                        new("5"),
                        new("5"),
                        new(""),
                    ]));
                }
            }
        }

        return new TableSpec(
            ColumnWidths.Relative(2, 4, 4, 10, 3, 3, 2, 2, 4), rows, HeaderRowCount: 1, FontSize: TableFontSize.Xiaowu,
            Title: "2022年度部门整体支出绩效自评表");
    }

    public static byte[] Write(DocumentSpec? document = null, ReferenceDocument? reference = null, DateTimeOffset? timestamp = null) =>
        DocxWriter.Write(document ?? Report(), reference ?? ReferenceDocument.LoadDefault(), timestamp);
}
