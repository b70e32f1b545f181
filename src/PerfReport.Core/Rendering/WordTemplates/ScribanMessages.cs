using System.Text.RegularExpressions;

namespace PerfReport.Rendering.WordTemplates;

/// <summary>Scriban's English messages in Chinese, for the common cases; any other keeps its English text after "Scriban：".</summary>
internal static partial class ScribanMessages
{
    public static string Translate(string message)
    {
        var m = Context().Replace(message.Trim(), "");
        if (NotFound().Match(m) is { Success: true } notFound)
            return $"没有变量或函数 {notFound.Groups[1].Value}；可用的变量见 perfreport templates vars";
        if (NullMember().Match(m) is { Success: true } nullMember)
            return $"{nullMember.Groups[1].Value} 所属的对象为空（null），不能取其成员";
        if (NoMember().Match(m) is { Success: true } noMember)
            return $"没有成员 {noMember.Groups[1].Value}；可用的变量见 perfreport templates vars";
        if (Expecting().Match(m) is { Success: true } expecting)
            return $"语法错误：此处应为{Token(expecting.Groups[1].Value)}，而不是 {expecting.Groups[2].Value.Trim('`')}";
        if (BadEscape().Match(m) is { Success: true } escape)
            return $"语法错误：引号中的 \\{escape.Groups[1].Value} 不是有效的转义；反斜杠本身要写成 \\\\（正则表达式中的 \\d 写成 \\\\d 或 [0-9]）";
        if (Unexpected().Match(m) is { Success: true } unexpected)
            return $"语法错误：不应出现 {unexpected.Groups[1].Value}";
        if (m.Contains("Unable to convert type", StringComparison.Ordinal) || m.Contains("Cannot convert", StringComparison.Ordinal))
            return $"类型不符，无法运算（{m}）；金额、得分等数值用 xxx_value 或原值参与运算";
        if (m.Contains("Division by zero", StringComparison.OrdinalIgnoreCase) || m.Contains("divide by zero", StringComparison.OrdinalIgnoreCase))
            return "除数为 0";
        if (m.Contains("is not iterable", StringComparison.OrdinalIgnoreCase) || m.Contains("not a list", StringComparison.OrdinalIgnoreCase))
            return $"for 只能遍历列表（{m}）";
        return "Scriban：" + m;
    }

    private static string Token(string token) => token switch
    {
        "<expression>" => "表达式",
        "<EOL>" or "<EOS>" => "标签结束",
        "<end>" => " end",
        _ => " " + token,
    };

    /// <summary>"Error while parsing binary expression: " and the like, before the message itself.</summary>
    [GeneratedRegex("^Error while parsing [^:]*: ", RegexOptions.CultureInvariant)]
    private static partial Regex Context();

    [GeneratedRegex("^The variable or function `([^`]*)` was not found", RegexOptions.CultureInvariant)]
    private static partial Regex NotFound();

    [GeneratedRegex("^Cannot get the member (\\S+) for a null object", RegexOptions.CultureInvariant)]
    private static partial Regex NullMember();

    [GeneratedRegex("^Cannot get member with name (\\S+?)\\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NoMember();

    [GeneratedRegex("^Expecting (?:an? )?(<?[\\w ]+?>?)(?: to the right of the operator)? instead of (`[^`]*`|\\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex Expecting();

    [GeneratedRegex("^Unexpected escape character `(.)` in string", RegexOptions.CultureInvariant)]
    private static partial Regex BadEscape();

    [GeneratedRegex("^(?:Unexpected token|Invalid token found) (.+?)\\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Unexpected();
}
