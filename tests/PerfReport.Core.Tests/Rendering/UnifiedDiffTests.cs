using PerfReport.TestKit;

namespace PerfReport.Tests.Rendering;

/// <summary>The diff a golden mismatch prints: unified format, 3 lines of context, one hunk per nearby group of changes.</summary>
public class UnifiedDiffTests
{
    [Fact]
    public void A_changed_line_is_shown_with_its_context_and_hunk_header()
    {
        var expected = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"l{i}")) + "\n";
        var actual = expected.Replace("l5\n", "L5\n", StringComparison.Ordinal);
        Assert.Equal(
            "--- g\n+++ o\n@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+L5\n l6\n l7\n l8",
            UnifiedDiff.Of(expected, actual, "g", "o"));
    }

    [Fact]
    public void Changes_far_apart_are_separate_hunks_and_an_added_line_counts_only_on_the_new_side()
    {
        var expected = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"l{i}")) + "\n";
        var actual = expected.Replace("l2\n", "l2\nnew\n", StringComparison.Ordinal).Replace("l18\n", "", StringComparison.Ordinal);
        Assert.Equal(
            "--- g\n+++ o\n@@ -1,5 +1,6 @@\n l1\n l2\n+new\n l3\n l4\n l5\n@@ -15,6 +16,5 @@\n l15\n l16\n l17\n-l18\n l19\n l20",
            UnifiedDiff.Of(expected, actual, "g", "o"));
    }
}
