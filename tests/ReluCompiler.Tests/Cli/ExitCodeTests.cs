using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary>Exit code 3 for bugs, a quiet stop when the reader of standard output goes away, and no response files.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void AnUnexpectedExceptionIsAnInternalErrorWithExitCodeThreeAndNoStackTrace()
    {
        var run = CliRunner.RunWithStreams(new FailingInput(), null, "canon", "-f", "-");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(
            "error: internal error: InvalidOperationException: the input stream broke\n" +
            "This is a bug in relu, not in your input: please report it with the command line and input that caused it.\n",
            run.Error);
    }

    [Fact]
    public void ResultsPrintedBeforeAnInternalErrorAreStillWritten()
    {
        var output = new MemoryStream();
        var run = CliRunner.RunWithStreams(new FailingInput(), output, "eval", "σ(x-1)", "--engine", "interpreter");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("", Encoding.UTF8.GetString(output.ToArray()));
        Assert.StartsWith("error: internal error: ", run.Error);
    }

    [Fact]
    public void RootHelpDescribesEveryExitCode()
    {
        var run = CliRunner.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes: 0 success; 1 a negative answer (eq: not equal); 2 bad input or usage; 3 internal error (a bug in relu: please report it).", run.Output);
    }

    [Fact]
    public void AClosedStandardOutputStopsTheEvaluationEarlyAndQuietly()
    {
        var input = GeneratedInput.Repeating("1\n2\n"u8.ToArray(), length: 4_000_000);
        var pipe = new ClosingPipe(capacity: 100);

        var run = CliRunner.RunWithStreams(input, pipe, "eval", "σ(x-1)");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.True(input.BytesRead < 1_000_000, $"read {input.BytesRead} of 4,000,000 bytes after the pipe closed");
    }

    [Fact]
    public void EveryResultBeforeAnErrorIsWritten()
    {
        var lines = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"{i}\n")) + "nope\n";
        var run = CliRunner.RunWithInput(lines, "eval", "σ(x-1)");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(100_000, run.Output.Count(c => c == '\n'));
        Assert.EndsWith("99998\n", run.Output);
        Assert.Equal("error: standard input, line 100001: `nope` is not a number\n", run.Error);
    }

    [Fact]
    public void AnAtSignIsAPointNotAResponseFileToRead()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "secret");
        var run = CliRunner.Run("eval", "x", "@" + path);
        File.Delete(path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: point 1: `@{path}` is not a number\n", run.Error);
        Assert.DoesNotContain("secret", run.Error);
    }

    [Fact]
    public void AnAtSignIsAnExpressionNotAResponseFileToRead()
    {
        var run = CliRunner.Run("canon", "@x");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: line 1, column 1: ", run.Error);
    }
}
