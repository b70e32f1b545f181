namespace PerfReport.Rendering.Docx;

/// <summary>
/// The style names (w:name) the writer and the report renderer use. They are looked up case-insensitively in the
/// reference document, so Word's built-in "heading 1" matches "Heading 1" whatever its localized id.
/// </summary>
internal static class StyleNames
{
    /// <summary>标题: 方正小标宋简体 2号, centred.</summary>
    public const string Title = "Title";

    /// <summary>正文: 仿宋_GB2312 3号, first line indented 2 characters, justified.</summary>
    public const string BodyText = "Body Text";

    /// <summary>一级标题 "一、": 黑体 3号.</summary>
    public const string Heading1 = "Heading 1";

    /// <summary>二级标题 "（一）": 楷体_GB2312 3号.</summary>
    public const string Heading2 = "Heading 2";

    /// <summary>三级标题 "1.": 仿宋_GB2312 3号.</summary>
    public const string Heading3 = "Heading 3";

    /// <summary>四级标题 "（1）": 仿宋_GB2312 3号.</summary>
    public const string Heading4 = "Heading 4";

    /// <summary>Table title centred above a table: 方正小标宋简体 小二.</summary>
    public const string TableTitle = "Table Title";

    /// <summary>Table cells: 仿宋_GB2312 五号, single spacing, no indent.</summary>
    public const string TableText = "Table Text";

    /// <summary>Table cells in small type: 仿宋_GB2312 小五.</summary>
    public const string TableTextSmall = "Table Text Small";

    /// <summary>"附件" / "附表1": 黑体 3号, top left.</summary>
    public const string AttachmentLabel = "Attachment Label";

    /// <summary>Every style the writer may need; a reference document lacking one is reported.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Title, BodyText, Heading1, Heading2, Heading3, Heading4, TableTitle, TableText, TableTextSmall, AttachmentLabel,
    ];

    /// <summary>The heading style for a level from 1 (一、) to 4 (（1）).</summary>
    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        4 => Heading4,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Heading levels run from 1 to 4."),
    };
}
