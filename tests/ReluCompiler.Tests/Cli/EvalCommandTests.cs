using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ReluCompiler.Tests.Cli;

public sealed class EvalCommandTests
{
    [Fact]
    public void EvaluatesTheReadmeExampleAtEachPoint()
    {
        var run = CliRunner.Run("eval", "σ(x-1) + 1", "0", "1", "2");
        Assert.Equal((0, "1\n1\n2\n", ""), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void NegativePointsAreNotMistakenForOptions()
    {
        var run = CliRunner.Run("eval", "σ(-x-1)", "-3", "-0.5");
        Assert.Equal("2\n0\n", run.Output);
    }

    [Fact]
    public void SeveralInputsTakeCommaSeparatedValuesInNameOrder()
    {
        var run = CliRunner.Run("eval", "σ(y - x)", "1,3", "3,1");
        Assert.Equal("2\n0\n", run.Output);
    }

    [Fact]
    public void PointsStreamFromStandardInputOneALine()
    {
        var run = CliRunner.RunWithInput("0\n0.5\n\n3\n", "eval", "σ(x) - σ(x-1)");
        Assert.Equal((0, "0\n0.5\n\n1\n"), (run.ExitCode, run.Output));
    }

    [Fact]
    public void MalformedInputLineStopsWithItsLineNumberAfterEarlierResults()
    {
        var run = CliRunner.RunWithInput("1\n2\nzwei\n4\n", "eval", "σ(x)");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("1\n2\n", run.Output);
        Assert.Equal("error: standard input, line 3: `zwei` is not a number\n", run.Error);
    }

    [Fact]
    public void WrongNumberOfCoordinatesIsReported()
    {
        var run = CliRunner.Run("eval", "σ(x + y)", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: point 1: expected 2 comma-separated numbers for (x, y), got `1`\n", run.Error);
    }

    [Fact]
    public void NanAndInfinityAreAcceptedAsPoints()
    {
        var run = CliRunner.Run("eval", "σ(x-1) + 1", "nan", "inf", "-inf");
        Assert.Equal("NaN\nInfinity\n1\n", run.Output);
    }

    [Fact]
    public void SyntaxErrorShowsTheLineAndACaretAndExitsTwo()
    {
        var run = CliRunner.Run("eval", "σ(x-1))", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            "error: line 1, column 7: unexpected `)`, expected an operator or end of input\n  σ(x-1))\n        ^\n",
            run.Error);
    }

    [Fact]
    public void ExpressionComesFromAFileWithMinusF()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)\n");
        var run = CliRunner.Run("eval", "-f", path, "0.5", "2.5", "10");
        File.Delete(path);
        Assert.Equal((0, "0.5\n1.5\n2\n"), (run.ExitCode, run.Output));
    }

    [Fact]
    public void InvalidUtf8InAFileIsReportedWithItsPosition()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("σ(x)\n+ "), 0xFF, (byte)'1']);
        var run = CliRunner.Run("eval", "-f", path, "1");
        File.Delete(path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {path}: line 2, column 3: invalid UTF-8 (byte 0xFF at byte offset 8)\n", run.Error);
    }

    [Fact]
    public void ConstantExpressionWithoutPointsOnATerminalPrintsItsValueOnce()
    {
        var run = CliRunner.RunOnTerminal("eval", "0.1 + 0.2");
        Assert.Equal("0.3\n", run.Output);
    }

    [Fact]
    public void UnknownVerbIsAUsageErrorWithExitCodeTwo()
    {
        var run = CliRunner.Run("evaluate", "σ(x)");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: ", run.Error);
    }

    [Theory]
    [InlineData("il")]
    [InlineData("interpreter")]
    [InlineData("roslyn")]
    public void EveryEngineGivesTheSameValues(string engine)
    {
        var run = CliRunner.Run("eval", "--engine", engine, "σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) - σ(x-4) + σ(x-6)", "-1", "0.5", "2.5", "5", "7", "nan");
        Assert.Equal((0, "0\n0.5\n1.5\n1\n0\nNaN\n"), (run.ExitCode, run.Output));
    }

    [Fact]
    public void UnknownEngineIsAUsageError()
    {
        var run = CliRunner.Run("eval", "--engine", "gpu", "σ(x)", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Argument 'gpu' not recognized.", run.Error);
    }

    [Fact]
    public void RawInfinityGivesTheSameAnswerOnEveryEngineEvenWhenIlUsesThePieceTable()
    {
        // 20 kinks: the IL looks points up in the table, the interpreter and Roslyn sum units.
        var staircase = string.Join(" + ", Enumerable.Range(0, 20).Select(k => $"{(k % 2 == 0 ? 1 : -1)}*σ(x - {k})"));
        var answers = new[] { "il", "interpreter", "roslyn" }
            .Select(engine => CliRunner.Run("eval", "--raw", "--engine", engine, staircase, "inf", "-inf", "nan", "1e16").Output)
            .ToArray();
        Assert.All(answers, answer => Assert.StartsWith("NaN\n0\nNaN\n", answer));
    }

    [Theory]
    [InlineData("il")]
    [InlineData("interpreter")]
    [InlineData("roslyn")]
    public void WithoutRawEveryEnginePrintsTheLimitAtInfinity(string engine)
    {
        var staircase = string.Join(" + ", Enumerable.Range(0, 20).Select(k => $"{(k % 2 == 0 ? 1 : -1)}*σ(x - {k})"));
        var run = CliRunner.Run("eval", "--engine", engine, staircase, "inf", "-inf", "nan", "1e16");
        Assert.Equal("10\n0\nNaN\n10\n", run.Output);
    }
}
