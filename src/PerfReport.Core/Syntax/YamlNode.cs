using PerfReport.Text;

namespace PerfReport.Syntax;

/// <summary>A node of the YAML tree, with where it stood and its path from the root.</summary>
internal abstract class YamlNode(SourceSpan span, string path)
{
    public SourceSpan Span { get; } = span;

    public string Path { get; } = path;

    /// <summary>A short Chinese name of what this node is, for messages ("映射", "列表", "文字").</summary>
    public abstract string KindName { get; }
}

/// <summary>A single value. Plain <c>~</c>, <c>null</c> and empty values are null.</summary>
internal sealed class YamlScalar(SourceSpan span, string path, string value, bool isPlain) : YamlNode(span, path)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>For a literal block (<c>|</c>), the indentation of its content lines in spaces; 0 for any other scalar.</summary>
    public int BlockIndent { get; init; }

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "空值" : "单个值";
}

/// <summary>A mapping of keys to values; duplicate keys were reported and dropped by the loader.</summary>
internal sealed class YamlMapping(SourceSpan span, string path) : YamlNode(span, path)
{
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = [];

    public override string KindName => "映射（下一级字段）";
}

/// <summary>A list.</summary>
internal sealed class YamlSequence(SourceSpan span, string path) : YamlNode(span, path)
{
    public List<YamlNode> Items { get; } = [];

    public override string KindName => "列表";
}
