using System.IO;
using ReluCompiler.Cli;

namespace ReluCompiler.Interchange.Tests;

/// <summary>Runs the whole <c>relu</c> command in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = ReluCli.Run(args, new CliConsole(new StringReader(""), output, error));
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Writes <paramref name="bytes"/> to a fresh temporary file with the given extension and returns its path.</summary>
    public static string TempFile(byte[] bytes, string extension = ".onnx")
    {
        var path = Path.Combine(Path.GetTempPath(), "relu-interchange-" + Path.GetRandomFileName() + extension);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
