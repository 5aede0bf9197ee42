using System.IO;
using System.Text;
using CsCheck;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary>Issue 7 at the command line: every input ends in a value or a located error, exit 0 or 2, never a crash.</summary>
[Collection(MeasuringCollection.Name)]
public sealed class HostileInputTests
{
    [Fact]
    public void RandomExpressionTextNeverEscapesAsAnException()
    {
        var alphabet = Gen.OneOf("σ", "(", ")", "x", "y", "-", "+", "*", "/", "|", ",", "max", "1", "0.5", "e", " ", "\\sigma", "$", "\u202E", "\0", "\uFFFD", "1e999");
        alphabet.Array[0, 30].Select(parts => string.Concat(parts)).Sample(
            text =>
            {
                var run = CliRunner.Run("eval", text, "1,2");
                Assert.True(run.ExitCode is 0 or 2, $"exit {run.ExitCode} for `{text}`: {run.Error}");
                Assert.True(run.ExitCode == 0 || run.Error.StartsWith("error: ", System.StringComparison.Ordinal), run.Error);
            },
            iter: 2000);
    }

    [Fact]
    public void HundredThousandNestedParenthesesAreAnErrorNotACrash()
    {
        // How the rejection's time grows with the depth is ParserLimitTests' (no wall-clock bound here).
        var run = CliRunner.Run("canon", new string('(', 100_000) + "x" + new string(')', 100_000));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: line 1, column 257: nesting deeper than the limit of 256 levels", run.Error);
    }

    [Fact]
    public void LongStreamOfPointsIsEvaluatedLineForLine()
    {
        var run = CliRunner.RunWithInput(Points(200_000), "eval", "σ(x) - σ(x-1)");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Equal(200_001, lines.Length);
        Assert.Equal(["0", "0", "0", "0", "1", "1", "1"], lines[..7]);
    }

    [Fact]
    public void EvaluatingAStreamOfPointsGrowsLinearlyWithItsLength() =>
        Growth.AssertLinear("eval of n lines", 25_000, Points, points => Assert.Equal(0, CliRunner.RunWithInput(points, "eval", "σ(x) - σ(x-1)").ExitCode));

    private static string Points(int count)
    {
        var input = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            input.Append(i % 7 - 3).Append('\n');
        }

        return input.ToString();
    }

    [Fact]
    public void FileLongerThanTheInputLimitIsRefused()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "x" + new string(' ', 16 * 1024 * 1024));
        var run = CliRunner.Run("canon", "-f", path);
        File.Delete(path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {path}: line 1, column 16777217: the input is 16777217 characters long, more than the limit of 16777216", run.Error);
    }

    [Fact]
    public void ClassNameThatIsNotAnIdentifierIsRefusedNotSanitized()
    {
        var run = CliRunner.Run("emit", "σ(x)", "--class", "X { } class Y");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("error: ", run.Error);
    }

    [Fact]
    public void LineBreaksAndBackslashesOfAValidExpressionStayInsideTheGeneratedHeaderComment()
    {
        // A valid expression (so it reaches the emitter) written over three lines (LF and CR LF) in LaTeX:
        // unescaped, the text after each break would become code.
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "\\(\\sigma(x)\\)\n+ 1\r\n- x\n");
        var run = CliRunner.Run("emit", "-f", path);
        File.Delete(path);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("\n//   \\\\(\\\\sigma(x)\\\\)\\u000A+ 1\\u000D\\u000A- x\\u000A\n", run.Output);
        Assert.DoesNotContain(run.Output.Split('\n'), line => line.StartsWith("+ 1", System.StringComparison.Ordinal) || line.StartsWith("- x", System.StringComparison.Ordinal));
        Assert.NotNull(ReluCompiler.Roslyn.RoslynCompiler.CompileAndLoad(run.Output).GetType("ReluNetwork"));
    }
}
