using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PerfReport.Cli;

/// <summary>
/// Turns a built .docx into PDF with LibreOffice (<c>soffice --headless --convert-to pdf</c>). Each conversion runs in
/// a folder of its own under the system's temporary folder, with its own LibreOffice user profile there
/// (<c>-env:UserInstallation</c>), so that several runs at once, and a LibreOffice the user has open, do not disturb
/// each other; the folder is deleted afterwards. A conversion that takes longer than the time limit is ended with its
/// whole process tree.
/// </summary>
internal sealed class PdfConverter
{
    /// <summary>The environment variable that names the soffice program (or the folder holding it).</summary>
    public const string ProgramVariable = "PERFREPORT_SOFFICE";

    /// <summary>The environment variable that sets the time limit of one conversion, in seconds.</summary>
    public const string TimeoutVariable = "PERFREPORT_PDF_TIMEOUT";

    public const int DefaultTimeoutSeconds = 300;

    private const string Download = "https://zh-cn.libreoffice.org/download/";

    private PdfConverter(string program, int timeoutSeconds)
    {
        Program = program;
        TimeoutSeconds = timeoutSeconds;
    }

    /// <summary>The soffice program used.</summary>
    public string Program { get; }

    public int TimeoutSeconds { get; }

    /// <summary>
    /// LibreOffice as set with <c>--soffice</c> or <see cref="ProgramVariable"/>, else found on PATH (soffice, then
    /// libreoffice) or where its installers put it; null after printing why not.
    /// </summary>
    public static PdfConverter? Locate(string? option, CliContext context)
    {
        var timeout = DefaultTimeoutSeconds;
        if (context.GetEnvironmentVariable(TimeoutVariable) is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out timeout) || timeout is < 1 or > 86_400))
        {
            context.Error.WriteLine($"perfreport: 环境变量 {TimeoutVariable} 应为 PDF 转换的时限秒数（1 至 86400 的整数），这里是 \"{text}\"");
            return null;
        }

        var (setting, origin) = option is { Length: > 0 } ? (option, "--soffice") : (context.GetEnvironmentVariable(ProgramVariable), $"环境变量 {ProgramVariable}");
        if (setting is { Length: > 0 })
        {
            var full = context.Resolve(setting);
            var program = Directory.Exists(full) ? ProgramNames.Select(n => Path.Combine(full, n)).FirstOrDefault(File.Exists) : File.Exists(full) ? full : null;
            if (program is not null) return new PdfConverter(program, timeout);
            context.Error.WriteLine(Directory.Exists(full)
                ? $"perfreport: {origin} 指定的目录 \"{setting}\" 中没有 LibreOffice 的 soffice 程序；请指定 soffice 本身的路径，或安装 LibreOffice（{Download}）"
                : $"perfreport: {origin} 指定的 LibreOffice 程序 \"{setting}\" 不存在；请改正路径，或安装 LibreOffice（{Download}）后再生成 PDF");
            return null;
        }

        if (Find(context) is { } found) return new PdfConverter(found, timeout);
        context.Error.WriteLine(
            $"perfreport: 生成 PDF 需要 LibreOffice，但找不到它（PATH 中没有 soffice 或 libreoffice）；请安装 LibreOffice（{Download}），" +
            $"或用 --soffice 或环境变量 {ProgramVariable} 指定 soffice 程序的路径。只要 Word 文档时，去掉 --pdf 或改用 -o 文件名.docx");
        return null;
    }

    private static string[] ProgramNames => OperatingSystem.IsWindows() ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];

    private static string? Find(CliContext context)
    {
        var folders = (context.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (OperatingSystem.IsWindows())
        {
            foreach (var root in new[] { "ProgramFiles", "ProgramFiles(x86)" })
            {
                if (context.GetEnvironmentVariable(root) is { Length: > 0 } programFiles) folders.Add(Path.Combine(programFiles, "LibreOffice", "program"));
            }
        }
        else if (OperatingSystem.IsMacOS())
        {
            folders.Add("/Applications/LibreOffice.app/Contents/MacOS");
        }
        else
        {
            folders.Add("/usr/lib/libreoffice/program");
            folders.Add("/opt/libreoffice/program");
        }

        return folders.SelectMany(f => ProgramNames.Select(n => Path.Combine(f, n))).FirstOrDefault(File.Exists);
    }

    /// <summary>The PDF of <paramref name="docx"/>, or null after printing why not (<paramref name="target"/> names the file meant).</summary>
    public byte[]? Convert(byte[] docx, string target, CliContext context)
    {
        var work = Path.Combine(Path.GetTempPath(), $"perfreport-pdf-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(work);
            var input = Path.Combine(work, "report.docx");
            File.WriteAllBytes(input, docx);
            var output = Path.Combine(work, "out");
            var start = new ProcessStartInfo(Program)
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = work,
            };
            foreach (var arg in new[]
            {
                "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile") + Path.DirectorySeparatorChar).AbsoluteUri,
                "--headless", "--norestore", "--nologo", "--nolockcheck", "--convert-to", "pdf", "--outdir", output, input,
            })
            {
                start.ArgumentList.Add(arg);
            }

            if (OperatingSystem.IsLinux() && string.IsNullOrEmpty(context.GetEnvironmentVariable("FONTCONFIG_FILE")))
            {
                var fonts = Path.Combine(work, "fonts.conf");
                File.WriteAllText(fonts, FontAliases);
                start.Environment["FONTCONFIG_FILE"] = fonts;
            }

            var (exit, messages) = Run(start);
            var pdf = Path.Combine(output, "report.pdf");
            if (exit is null)
            {
                context.Error.WriteLine($"perfreport: LibreOffice 在 {TimeoutSeconds} 秒内没有把报告转换为 PDF，已终止它；未生成 \"{target}\"。报告很长或机器繁忙时，可用环境变量 {TimeoutVariable} 放宽时限（秒，默认 {DefaultTimeoutSeconds}）");
                return null;
            }

            if (exit == 0 && File.Exists(pdf)) return File.ReadAllBytes(pdf);
            var why = messages.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0);
            context.Error.WriteLine($"perfreport: LibreOffice（\"{Program}\"）没能把报告转换为 PDF（退出码 {exit}{(why is null ? "" : "：" + why)}）；未生成 \"{target}\"");
            return null;
        }
        catch (Win32Exception e)
        {
            context.Error.WriteLine($"perfreport: 无法启动 LibreOffice（\"{Program}\"）：{(e.NativeErrorCode == 13 ? "没有执行权限" : $"系统错误 {e.NativeErrorCode}")}；未生成 \"{target}\"");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"perfreport: 无法在临时目录中准备 PDF 转换：{IoErrors.Describe(e)}；未生成 \"{target}\"");
            return null;
        }
        finally
        {
            DeleteQuietly(work);
        }
    }

    /// <summary>
    /// The exit code and the program's output, or a null exit code when it ran past the time limit and was ended. Output
    /// still held open by a process it left behind is waited for a few seconds only, so that such a child never hangs the run.
    /// </summary>
    private (int? Exit, string Messages) Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new Win32Exception(2);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(TimeoutSeconds)))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
            {
                // It ended just now, or cannot be ended: either way no PDF is taken from it.
            }

            process.WaitForExit(TimeSpan.FromSeconds(10));
            return (null, "");
        }

        var read = Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(5));
        return (process.ExitCode, read ? stdout.Result + "\n" + stderr.Result : "");
    }

    private static void DeleteQuietly(string folder)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A process just ended may still hold a file for a moment.
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>The number of pages of a PDF as LibreOffice writes it (its page objects), or null when it cannot tell.</summary>
    public static int? Pages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var count = 0;
        for (var i = text.IndexOf("/Type", StringComparison.Ordinal); i >= 0; i = text.IndexOf("/Type", i + 5, StringComparison.Ordinal))
        {
            var j = i + 5;
            while (j < text.Length && text[j] is ' ' or '\r' or '\n' or '\t') j++;
            if (string.CompareOrdinal(text, j, "/Page", 0, 5) == 0 && (j + 5 >= text.Length || !char.IsAsciiLetterOrDigit(text[j + 5]))) count++;
        }

        return count > 0 ? count : null;
    }

    /// <summary>
    /// fontconfig aliases for Linux: the GB/T 9704 font names of the report's styles, when not installed, fall back to the
    /// Noto CJK fonts (serif for 仿宋/楷体/宋体/小标宋, sans for 黑体) rather than to whatever font comes first.
    /// </summary>
    private const string FontAliases = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <alias binding="same"><family>仿宋_GB2312</family><accept><family>Noto Serif CJK SC</family></accept></alias>
          <alias binding="same"><family>仿宋</family><accept><family>Noto Serif CJK SC</family></accept></alias>
          <alias binding="same"><family>楷体_GB2312</family><accept><family>Noto Serif CJK SC</family></accept></alias>
          <alias binding="same"><family>楷体</family><accept><family>Noto Serif CJK SC</family></accept></alias>
          <alias binding="same"><family>方正小标宋简体</family><accept><family>Noto Serif CJK SC</family></accept></alias>
          <alias binding="same"><family>宋体</family><accept><family>Noto Serif CJK SC</family></accept></alias>
          <alias binding="same"><family>黑体</family><accept><family>Noto Sans CJK SC</family></accept></alias>
          <alias binding="same"><family>Times New Roman</family><accept><family>Liberation Serif</family><family>DejaVu Serif</family></accept></alias>
        </fontconfig>
        """;
}
