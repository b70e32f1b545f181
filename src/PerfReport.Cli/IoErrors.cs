namespace PerfReport.Cli;

/// <summary>Why a file operation failed, in Chinese, without the system's English text or the paths of temporary files.</summary>
internal static class IoErrors
{
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "没有权限（请检查文件和所在目录的读写权限）",
        DirectoryNotFoundException => "所在目录不存在",
        PathTooLongException => "路径过长",
        FileNotFoundException => "文件不存在",
        IOException io when (io.HResult & 0xFFFF) is 28 or 39 or 112 => "磁盘空间不足",
        IOException io when (io.HResult & 0xFFFF) is 30 => "所在的文件系统是只读的",
        IOException io when (io.HResult & 0xFFFF) is 32 or 33 => "文件正被其他程序占用",
        IOException io when (io.HResult & 0xFFFF) is 21 => "这是一个目录",
        IOException io => $"系统报告输入输出错误（代码 {io.HResult & 0xFFFF}）",
        _ => $"系统错误（{e.GetType().Name}）",
    };
}
