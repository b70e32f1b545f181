using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfReport.Rendering;
using PerfReport.Text;

namespace PerfReport.Cli.Output;

/// <summary>
/// <c>perfreport templates vars</c>: every template variable with its kind and description, as an aligned list, a
/// Markdown table (docs/template-variables.md is this output) or JSON. A list's item members are written
/// <c>income.sources[].name</c>: in a template, <c>{{ for s in income.sources }}{{ s.name }}{{ end }}</c>.
/// </summary>
internal static class TemplateVariablesText
{
    /// <summary>Each variable with its full path, depth first, then the functions.</summary>
    public static IEnumerable<(string Path, TemplateVariable Variable)> Flatten()
    {
        foreach (var entry in Flatten(TemplateVariables.All, "")) yield return entry;
        foreach (var f in TemplateVariables.Functions) yield return (f.Name, f);
    }

    private static IEnumerable<(string, TemplateVariable)> Flatten(IReadOnlyList<TemplateVariable> variables, string prefix)
    {
        foreach (var v in variables)
        {
            var path = prefix + v.Name;
            yield return (path, v);
            var inner = v.Type == "列表" ? path + "[]." : path + ".";
            foreach (var member in Flatten(v.Members, inner)) yield return member;
        }
    }

    public static string Text()
    {
        var rows = Flatten().ToList();
        var pathWidth = rows.Max(r => EastAsianWidth.Of(r.Path));
        var typeWidth = rows.Max(r => EastAsianWidth.Of(r.Variable.Type));
        var text = new StringBuilder();
        text.Append("模板中可用的变量（Scriban 模板和 Word 模板相同）。金额、分数和人数是十进制数，可直接运算，如 {{ income.total + 1 }}；\n");
        text.Append("列表用 for 循环，x[].name 表示循环中每一项的 name，如 {{ for s in income.sources }}{{ s.name }}{{ end }}。\n\n");
        foreach (var (path, v) in rows)
            text.Append(Pad(path, pathWidth)).Append("  ").Append(Pad(v.Type, typeWidth)).Append("  ").Append(v.Description).Append('\n');
        return text.ToString();
    }

    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("| 变量 | 类型 | 说明 |\n|---|---|---|\n");
        foreach (var (path, v) in Flatten()) text.Append("| `").Append(path).Append("` | ").Append(v.Type).Append(" | ").Append(v.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        return text.ToString();
    }

    public static string Json()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WritePropertyName("variables");
            Write(json, TemplateVariables.All);
            json.WritePropertyName("functions");
            Write(json, TemplateVariables.Functions);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter json, IReadOnlyList<TemplateVariable> variables)
    {
        json.WriteStartArray();
        foreach (var v in variables)
        {
            json.WriteStartObject();
            json.WriteString("name", v.Name);
            json.WriteString("type", v.Type);
            json.WriteString("description", v.Description);
            if (v.Members.Count > 0)
            {
                json.WritePropertyName("members");
                Write(json, v.Members);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Pad(string text, int width) => text + new string(' ', width - EastAsianWidth.Of(text));
}
