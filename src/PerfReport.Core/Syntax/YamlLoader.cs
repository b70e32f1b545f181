using PerfReport.Diagnostics;
using PerfReport.Text;

namespace PerfReport.Syntax;

/// <summary>
/// Reads YAML text into a <see cref="YamlNode"/> tree from the parser's events, without recursion, so that deep
/// nesting, alias bombs and huge inputs are refused with a diagnostic instead of crashing. Duplicate keys are reported
/// and the first one kept; aliases are reported and read as empty values. A tab in indentation is reported at the tab.
/// </summary>
internal static class YamlLoader
{
    public const int MaxChars = 4 * 1024 * 1024;
    public const int MaxDepth = 64;
    public const int MaxNodes = 1_000_000;

    private static readonly int[] TabWidths = [2, 4, 8, 1];

    /// <summary>Returns the root node, or null when there is no tree to bind (the reason is in the bag).</summary>
    public static YamlNode? Load(SourceText source, DiagnosticBag diagnostics)
    {
        if (source.Content.Length > MaxChars)
        {
            diagnostics.Report(DiagnosticDescriptors.FileTooLarge, SourceSpan.FileStart, "", MaxChars);
            return null;
        }

        var attempt = new YamlTreeBuilder(source.Content).Build();
        if (attempt.SyntaxError is null)
        {
            ReportAll(attempt, diagnostics);
            return attempt.Root;
        }

        var tabs = FindIndentTabs(source.Content);
        if (tabs.Count == 0)
        {
            var e = attempt.SyntaxError;
            diagnostics.Report(DiagnosticDescriptors.YamlSyntax, SourceSpan.At((int)e.Start.Line, (int)e.Start.Column), "", Translate(e.Message));
            return null;
        }

        foreach (var (line, column) in tabs)
            diagnostics.Report(DiagnosticDescriptors.TabIndentation, SourceSpan.At(line, column), "");

        // Recover: read on as if each tab were spaces, so that the rest of the file is still checked in this run.
        foreach (var width in TabWidths)
        {
            var retry = new YamlTreeBuilder(ExpandIndentTabs(source.Content, width)).Build();
            if (retry.SyntaxError is null)
            {
                ReportAll(retry, diagnostics);
                return retry.Root;
            }
        }

        return null;
    }

    private static void ReportAll(YamlTreeBuilder.Result result, DiagnosticBag diagnostics)
    {
        foreach (var (descriptor, span, path, args) in result.Problems)
            diagnostics.Report(descriptor, span, path, args);
    }

    /// <summary>Positions (1-based) of tabs in the leading white space of lines.</summary>
    internal static List<(int Line, int Column)> FindIndentTabs(string text)
    {
        var found = new List<(int, int)>();
        var line = 1;
        var column = 1;
        var leading = true;
        foreach (var ch in text)
        {
            if (ch == '\n')
            {
                line++;
                column = 1;
                leading = true;
                continue;
            }

            if (leading && ch == '\t') found.Add((line, column));
            else if (ch != ' ' && ch != '\r') leading = false;
            column++;
        }

        return found;
    }

    private static string ExpandIndentTabs(string text, int width)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            var n = 0;
            while (n < l.Length && (l[n] == ' ' || l[n] == '\t')) n++;
            if (l.AsSpan(0, n).Contains('\t')) lines[i] = l[..n].Replace("\t", new string(' ', width), StringComparison.Ordinal) + l[n..];
        }

        return string.Join('\n', lines);
    }

    /// <summary>Gives the parser's English message a Chinese lead; the original stays for precision.</summary>
    internal static string Translate(string message)
    {
        if (message == YamlTreeBuilder.UnclosedFlow) return "此处之后的内容无法解析：{ } 或 [ ] 可能没有配对";
        var hint = message switch
        {
            _ when message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => "此处不能出现冒号，文字中含“: ”时请给整段加引号",
            _ when message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) => "缩进没有对齐，或上一行的引号、括号没有配对",
            _ when message.Contains("did not find expected '-'", StringComparison.OrdinalIgnoreCase) => "列表项的缩进没有对齐",
            _ when message.Contains("found unexpected end of stream", StringComparison.OrdinalIgnoreCase) => "文件意外结束，可能是引号或括号没有配对",
            _ when message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) => "引号没有配对",
            _ when message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase) => "此处不能开始键值对：上面几行中可能有缺少“键: ”的文字，或缩进不对",
            _ when message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) => "缩进或括号不匹配",
            _ => "无法解析",
        };
        return $"{hint}（{message.Trim()}）";
    }
}
