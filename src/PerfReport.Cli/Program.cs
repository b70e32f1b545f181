using System.Text;

namespace PerfReport.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Cli.Run(args, CliContext.FromProcess());
    }
}
