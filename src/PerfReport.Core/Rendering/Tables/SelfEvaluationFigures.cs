using PerfReport.Model;

namespace PerfReport.Rendering.Tables;

/// <summary>The figures of 附表2 that the tool computes when the file leaves them out.</summary>
internal sealed record SelfEvaluationFigures(string ExecutionRate, string FundsWeight, string FundsScore, Func<Indicator, string> Score, string Total);
