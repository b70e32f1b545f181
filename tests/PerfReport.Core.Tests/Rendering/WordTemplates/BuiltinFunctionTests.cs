using static PerfReport.Tests.Rendering.WordTemplates.WordDocs;

namespace PerfReport.Tests.Rendering.WordTemplates;

/// <summary>
/// Scriban's built-in functions as every template gets them (the same contexts serve the built-in templates and
/// Word templates): the string, array and math functions work; the clock and randomness are not there, so the same
/// input gives the same bytes; and what one build's template adds to a built-in object does not reach the next build.
/// </summary>
public sealed class BuiltinFunctionTests
{
    [Fact]
    public void String_array_and_math_functions_work()
    {
        var docx = Built(Create([Para("{{ 'abc' | string.upcase }}|{{ [3, 1, 2] | array.sort | array.join ',' }}|{{ math.round 2.345 1 }}|{{ 7 | math.minus 2 }}|{{ [] == empty }}|{{ 'a1b22' | regex.replace '\\\\d+' '-' }}|{{ 5 | object.typeof }}|{{ '<b>' | html.escape }}")]));
        Assert.Equal(["ABC|1,2,3|2.3|5|true|a-b-|number|&lt;b&gt;"], BodyText(docx));
    }

    [Theory]
    [InlineData("{{ date.now }}", "第1段的 {{ date.now }}：没有变量或函数 date")]
    [InlineData("{{ math.random 1 10 }}", "第1段的 {{ math.random 1 10 }}：没有成员 random")]
    [InlineData("{{ math.uuid }}", "第1段的 {{ math.uuid }}：没有成员 uuid")]
    public void The_clock_and_randomness_are_not_there(string tag, string where)
    {
        var error = Assert.Single(Errors(Create([Para(tag)])));
        Assert.Equal(("PR9301", $"Word 模板中的标签有误：{where}；可用的变量见 perfreport templates vars"), (error.Id, error.Message));
    }

    [Fact]
    public void A_member_one_build_adds_to_a_builtin_object_is_gone_in_the_next_build()
    {
        // The built-ins are built once per process and copied for each template context.
        Assert.Equal(["5"], BodyText(Built(Create([Para("{{ string.extra = 5 }}{{ string.extra }}")]))));
        var error = Assert.Single(Errors(Create([Para("{{ string.extra }}")])));
        Assert.Equal("Word 模板中的标签有误：第1段的 {{ string.extra }}：没有成员 extra；可用的变量见 perfreport templates vars", error.Message);
    }
}
