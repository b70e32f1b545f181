namespace PerfReport.Cli.Tests;

/// <summary>Every command example in <c>Specs/*.md</c> gives exactly the stated output and exit code.</summary>
public class CliSpecTests
{
    public static TheoryData<string, int> Specs()
    {
        var data = new TheoryData<string, int>();
        foreach (var spec in CliSpec.All()) data.Add(spec.File, spec.Index);
        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Command_gives_the_stated_output(string file, int index)
    {
        var spec = CliSpec.Load(Path.Combine(CliSpec.Directory, file)).Single(s => s.Index == index);
        var outcome = CliRunner.RunWithInput(spec.Stdin, new Dictionary<string, string>(), spec.Args);
        Assert.Equal(spec.Stderr, outcome.Error);
        Assert.Equal(spec.Stdout, outcome.Out);
        Assert.Equal(spec.ExitCode, outcome.ExitCode);
    }
}
