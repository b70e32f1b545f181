using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace PerfReport.Benchmarks;

internal static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release -- [BenchmarkDotNet arguments]</c> runs the benchmarks (results under bench/results/);
    /// <c>dotnet run -c Release -- generate OUT.yaml [PROJECTS] [INDICATORS]</c> writes the generated large report.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate") return Generate(args[1..]);

        var config = DefaultConfig.Instance
            .WithArtifactsPath(Repository.PathOf(Path.Combine("bench", "results", "BenchmarkDotNet")));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static int Generate(string[] args)
    {
        if (args.Length is < 1 or > 3)
        {
            Console.Error.WriteLine("usage: generate OUT.yaml [PROJECTS] [INDICATORS]");
            return 2;
        }

        var projects = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : ReportBenchmarks.LargeProjects;
        var indicators = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : ReportBenchmarks.LargeIndicators;
        var sample = File.ReadAllText(Repository.PathOf("samples/2022.yaml"));
        File.WriteAllText(args[0], LargeReport.Generate(sample, projects, indicators));
        return 0;
    }
}
