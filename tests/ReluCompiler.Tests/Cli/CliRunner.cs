using System.IO;
using ReluCompiler.Cli;
using ReluCompiler.Cli.Infrastructure;

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

    /// <summary>Runs with standard input as raw bytes (invalid UTF-8, endless streams) and standard output as <paramref name="stdout"/>, if given.</summary>
    public static CliRun RunWithStreams(Stream stdin, Stream? stdout, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        using var streamOutput = stdout is null ? null : new StreamWriter(new ClosedPipeGuard(stdout)) { NewLine = "\n" };
        var console = new CliConsole(TextReader.Null, streamOutput ?? (TextWriter)output, error) { InputBytes = stdin };
        var exitCode = ReluCli.Run(args, console);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one run printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);
