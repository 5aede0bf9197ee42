using System.IO;
using ReluCompiler.Cli;

namespace ReluCompiler.Tests.Cli;

/// <summary>Runs the whole <c>relu</c> command in-process with captured streams.</summary>
internal static class CliRunner
{
    public static CliRun RunWithInput(string stdin, params string[] args) => Execute(stdin, terminal: false, args);

    /// <summary>A run whose standard input is a terminal (nothing piped in).</summary>
    public static CliRun RunOnTerminal(params string[] args) => Execute("", terminal: true, args);

    public static CliRun Run(params string[] args) => RunWithInput("", args);

    private static CliRun Execute(string stdin, bool terminal, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = ReluCli.Run(args, new CliConsole(new StringReader(stdin), output, error) { InputIsTerminal = terminal });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one run printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);
