namespace PerfReport.Rendering.Docx;

/// <summary>Font size of table text.</summary>
internal enum TableFontSize
{
    /// <summary>五号, 10.5pt: style "Table Text".</summary>
    Wuhao,

    /// <summary>小五, 9pt: style "Table Text Small".</summary>
    Xiaowu,
}
