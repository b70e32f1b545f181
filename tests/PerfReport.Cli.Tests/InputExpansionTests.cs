using PerfReport.TestKit;

namespace PerfReport.Cli.Tests;

/// <summary>Files, folders and patterns on the command line, expanded by the tool: in the order given (matches sorted), each file once, no match an error.</summary>
public sealed class InputExpansionTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "perfreport-inputs-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _error = new() { NewLine = "\n" };

    public InputExpansionTests()
    {
        foreach (var file in new[] { "top.yaml", "reports/b/2023.yml", "reports/a/2022.yaml", "reports/.hidden/x.yaml", "reports/notes.txt", "docs/readme.txt", "reports/a/deeper/z.YAML" })
        {
            var path = Path.Combine(_dir, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "year: 2024\n");
        }

        // A link to a file already listed, and a link back up (a loop the walk must not follow).
        File.CreateSymbolicLink(Path.Combine(_dir, "reports", "alias.yaml"), Path.Combine("..", "top.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(_dir, "reports", "a", "loop"), "..");
    }

    public void Dispose()
    {
        _error.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private InputList? Expand(params string[] arguments) =>
        InputExpansion.Expand(arguments, new CliContext(new StringReader(""), TextWriter.Null, _error, _dir, _ => null));

    [Fact]
    public void A_folder_stands_for_its_yaml_files_below_it_without_hidden_folders_or_followed_links()
    {
        var list = Expand("reports")!;
        Assert.Equal(["reports/a/2022.yaml", "reports/alias.yaml", "reports/b/2023.yml"], list.Files);
        Assert.True(list.Many);
    }

    [Theory]
    [InlineData("reports/**/*.yaml", new[] { "reports/a/2022.yaml", "reports/alias.yaml" })]
    [InlineData("reports/*/*.yml", new[] { "reports/b/2023.yml" })]
    [InlineData("*.yaml", new[] { "top.yaml" })]
    [InlineData("reports/a/**/*.YAML", new[] { "reports/a/deeper/z.YAML" })]
    public void A_pattern_matches_names_with_star_and_folders_with_double_star(string pattern, string[] expected) =>
        Assert.Equal(expected, Expand(pattern)!.Files);

    [Fact]
    public void An_absolute_pattern_gives_absolute_paths()
    {
        var pattern = Path.Combine(_dir, "reports", "*", "*.yml");
        Assert.Equal([Path.Combine(_dir, "reports") + "/b/2023.yml"], Expand(pattern)!.Files);
    }

    [Fact]
    public void The_same_file_reached_twice_is_kept_once_at_its_first_path_in_order()
    {
        // ./top.yaml, top.yaml, the pattern and the link reports/alias.yaml are all one file; the user's order stays.
        var list = Expand("reports/b/2023.yml", "./top.yaml", "top.yaml", "*.yaml", "reports/alias.yaml", "-", "-", "reports")!;
        Assert.Equal(["reports/b/2023.yml", "./top.yaml", "-", "reports/a/2022.yaml"], list.Files);
    }

    [Fact]
    public void A_single_file_is_not_many_and_a_missing_file_is_left_for_reading_to_report()
    {
        Assert.False(Expand("top.yaml")!.Many);
        Assert.Equal(["nope.yaml"], Expand("nope.yaml")!.Files);
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public void A_pattern_or_folder_without_a_match_is_a_chinese_error()
    {
        Assert.Null(Expand("top.yaml", "*.yml", "docs"));
        Assert.Equal(
            "perfreport: 模式 \"*.yml\" 没有匹配到任何文件；请检查路径（* 匹配名称中的任意字符，** 匹配任意层子目录，例如 reports/**/*.yaml）\n"
            + "perfreport: 目录 \"docs\" 及其子目录中没有 .yaml 或 .yml 文件\n",
            _error.ToString());
    }

    [Theory]
    [InlineData("reports/**/*.yaml", "reports", "**/*.yaml")]
    [InlineData("*.yaml", "", "*.yaml")]
    [InlineData("/abs/x/*.yml", "/abs/x", "*.yml")]
    [InlineData("a/b*/c.yaml", "a", "b*/c.yaml")]
    [InlineData("a\\b\\*.yaml", "a/b", "*.yaml")]
    public void A_pattern_splits_into_its_literal_folder_and_the_rest(string argument, string folder, string pattern) =>
        Assert.Equal((folder, pattern), InputExpansion.Split(argument));

    [Fact]
    public void Every_command_takes_a_folder_of_reports()
    {
        var sub = Path.Combine(_dir, "samples");
        Directory.CreateDirectory(sub);
        foreach (var sample in new[] { "minimal.yaml", "2022.yaml" }) File.Copy(Repo.File("samples", sample), Path.Combine(sub, sample));
        string Run(params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var code = Cli.Run(args, new CliContext(new StringReader(""), output, error, _dir, _ => null));
            return $"{code}|{output}|{error}";
        }

        var validated = Run("validate", "samples");
        Assert.StartsWith("0||samples/2022.yaml(", validated, StringComparison.Ordinal);
        Assert.EndsWith("\nperfreport: 0 个错误，10 个警告\n", validated, StringComparison.Ordinal);
        Assert.StartsWith("0|== samples/2022.yaml ==\n", Run("score", "samples/*.yaml"), StringComparison.Ordinal);
        Assert.StartsWith("0|", Run("build", "samples/**/*.yaml"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(sub, "minimal.docx")) && File.Exists(Path.Combine(sub, "2022.docx")));
    }
}
