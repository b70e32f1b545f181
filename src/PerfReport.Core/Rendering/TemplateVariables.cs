using PerfReport.Rendering.ViewModels;

namespace PerfReport.Rendering;

/// <summary>What report templates (Scriban files and Word templates alike) can use: the variables and the functions.</summary>
public static class TemplateVariables
{
    /// <summary>Every variable, nested as templates reach them, in the order they are declared.</summary>
    public static IReadOnlyList<TemplateVariable> All => ScriptData.Variables;

    /// <summary>The functions beside the variables.</summary>
    public static IReadOnlyList<TemplateVariable> Functions => ScriptData.Functions;
}

/// <summary>A variable templates can use: its name, kind, Chinese description and, for an object or a list, its members.</summary>
/// <param name="Name">Its name as a template writes it after the owner and a dot.</param>
/// <param name="Type">文本, 是/否, 金额…, 分数…, 人数…, 文本列表, 对象, 列表 or 函数.</param>
/// <param name="Description">What it holds, in Chinese.</param>
/// <param name="Members">An object's members, or the members of each item of a list; empty otherwise.</param>
public sealed record TemplateVariable(string Name, string Type, string Description, IReadOnlyList<TemplateVariable> Members);
