using System.Globalization;
using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Syntax;
using PerfReport.Text;

namespace PerfReport.Scoring;

/// <summary>
/// Reads a profile file (built in or the report's own) with the report's YAML loader, so that every problem has a
/// position. Reading goes on past a bad setting; the setting is then taken from the base profile.
/// </summary>
internal static class ProfileReader
{
    public static readonly IReadOnlyDictionary<string, FundsMethod> FundsMethods = Vocabulary.Lookup(Vocabulary.FundsMethods.Select(t => (t.Code, t.Label, t.Method)));

    public static readonly IReadOnlyDictionary<string, NegativeMethod> NegativeMethods = Vocabulary.Lookup(Vocabulary.NegativeMethods.Select(t => (t.Code, t.Label, t.Method)));

    private static readonly string[] Keys =
    [
        "name", "title", "base", "funds_weight", "funds_method", "funds_steps", "group_weights", "negative_method",
        "achieved_band", "partial_band", "over_achievement_factor", "grade_bands", "lowest_grade",
        "budget_change_threshold", "over_execution_threshold",
    ];

    /// <summary>The settings the file states; null when it holds no mapping to read (the reason is in <paramref name="problems"/>).</summary>
    public static ProfileDraft? Read(SourceText source, List<ProfileProblem> problems)
    {
        var bag = new DiagnosticBag(source.Path);
        var root = YamlLoader.Load(source, bag);
        var file = Path.GetFileName(source.Path);
        if (root is not YamlMapping map)
        {
            // Not a profile, and perhaps not YAML: the position and the code only, never the parser's quote of the text.
            foreach (var d in bag.ToSortedList().Take(1)) problems.Add(new ProfileProblem(file, d.Span, $"不是合法的评分规则文件（{d.Id}）"));
            if (root is not null) problems.Add(new ProfileProblem(file, root.Span, "评分规则文件应为映射（name: …、funds_weight: … 等字段）"));
            return null;
        }

        foreach (var d in bag.ToSortedList()) problems.Add(new ProfileProblem(file, d.Span, Quote.Cut(d.Message, 120)));

        // A file with none of a profile's settings is not a profile: say so without quoting a line of it, since the
        // path came from a report and the file may be anything readable.
        if (!map.Entries.Any(e => Keys.Contains(e.Key.Value)))
        {
            problems.Add(new ProfileProblem(file, SourceSpan.FileStart, $"这不是评分规则文件：其中没有任何评分规则设置（{string.Join("、", Keys.Take(4))} 等）"));
            return null;
        }

        var r = new Reader(file, problems);
        var values = map.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
        foreach (var (key, _) in map.Entries.Where(e => !Keys.Contains(e.Key.Value)))
            problems.Add(new ProfileProblem(file, key.Span, $"未知的设置 \"{Quote.Cut(key.Value)}\"；可用的设置：{string.Join("、", Keys)}"));
        YamlNode? Get(string key) => values.TryGetValue(key, out var v) && v is not YamlScalar { IsNull: true } ? v : null;
        return new ProfileDraft
        {
            Name = r.Text(Get("name")),
            Title = r.Text(Get("title")),
            Base = r.Text(Get("base")),
            FundsWeight = r.Number(Get("funds_weight"), 0, 100),
            FundsMethod = r.Choice(Get("funds_method"), FundsMethods),
            FundsSteps = r.Steps(Get("funds_steps")),
            GroupWeights = r.Weights(Get("group_weights")),
            NegativeMethod = r.Choice(Get("negative_method"), NegativeMethods),
            AchievedBandPercent = r.Percent(Get("achieved_band")),
            PartialBandPercent = r.Percent(Get("partial_band")),
            OverAchievementFactor = r.Number(Get("over_achievement_factor"), 1, 100),
            GradeBands = r.Grades(Get("grade_bands")),
            LowestGrade = r.Text(Get("lowest_grade")),
            BudgetChangeThresholdPercent = r.Percent(Get("budget_change_threshold"), 1000),
            OverExecutionThresholdPercent = r.Percent(Get("over_execution_threshold"), 1000),
        };
    }

    private sealed class Reader(string file, List<ProfileProblem> problems)
    {
        private void Problem(YamlNode node, string message) => problems.Add(new ProfileProblem(file, node.Span, $"{node.Path}：{message}"));

        public string? Text(YamlNode? node)
        {
            if (node is null) return null;
            if (node is YamlScalar s) return s.Value.Trim();
            Problem(node, "应为文字");
            return null;
        }

        public decimal? Number(YamlNode? node, decimal min, decimal max)
        {
            if (Text(node) is not { } t) return null;
            if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
            Problem(node!, $"应为 {Quantity.Number(min)} 至 {Quantity.Number(max)} 之间的数字，这里是 \"{Quote.Cut(t)}\"");
            return null;
        }

        public decimal? Percent(YamlNode? node, decimal max = 100)
        {
            if (Text(node) is not { } t) return null;
            if (Numbers.TryParsePercent(t, out var v) && v >= 0 && v <= max) return v;
            Problem(node!, $"应为 0% 至 {Quantity.Number(max)}% 之间的百分比，如 80%，这里是 \"{Quote.Cut(t)}\"");
            return null;
        }

        public T? Choice<T>(YamlNode? node, IReadOnlyDictionary<string, T> choices)
            where T : struct
        {
            if (Text(node) is not { } t) return null;
            if (choices.TryGetValue(t, out var v)) return v;
            Problem(node!, $"\"{Quote.Cut(t)}\" 不是可选值（可选：{string.Join("、", choices.Keys.Where(k => k.All(char.IsAscii)))}）");
            return null;
        }

        public List<FundsStep>? Steps(YamlNode? node)
        {
            if (node is null) return null;
            if (node is not YamlSequence seq)
            {
                Problem(node, "应为列表，每项写 { rate: 80%, share: 70% }");
                return null;
            }

            var steps = new List<FundsStep>();
            foreach (var item in seq.Items)
            {
                var entries = item is YamlMapping m ? m.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal) : null;
                if (entries is null || entries.Count != 2 || !entries.TryGetValue("rate", out var rateNode) || !entries.TryGetValue("share", out var shareNode))
                {
                    Problem(item, "每一档写成 { rate: 80%, share: 70% }：执行率达到 rate 时得分值的 share");
                    return null;
                }

                if (Percent(rateNode) is not { } rate || Percent(shareNode) is not { } share) return null;
                if (steps.Count > 0 && rate >= steps[^1].RatePercent)
                {
                    Problem(item, "各档的 rate 应从高到低排列");
                    return null;
                }

                steps.Add(new FundsStep(rate, share));
            }

            return steps;
        }

        public List<KeyValuePair<string, decimal>>? Weights(YamlNode? node) =>
            Pairs(node, "一级指标名称: 分值", 100)?.Select(p => new KeyValuePair<string, decimal>(p.Key, p.Value)).ToList();

        public List<GradeBand>? Grades(YamlNode? node)
        {
            var pairs = Pairs(node, "等级: 最低分，如 优: 90", 1000);
            if (pairs is null) return null;
            for (var i = 1; i < pairs.Count; i++)
            {
                if (pairs[i].Value < pairs[i - 1].Value) continue;
                Problem(node!, "各等级的最低分应从高到低排列");
                return null;
            }

            return pairs.Select(p => new GradeBand(p.Key, p.Value)).ToList();
        }

        private List<(string Key, decimal Value)>? Pairs(YamlNode? node, string form, decimal max)
        {
            if (node is null) return null;
            if (node is not YamlMapping map)
            {
                Problem(node, $"应为映射，每行写 {form}");
                return null;
            }

            var result = new List<(string, decimal)>();
            foreach (var (key, value) in map.Entries)
            {
                if (Number(value, 0, max) is not { } v) return null;
                result.Add((key.Value, v));
            }

            return result;
        }
    }
}
