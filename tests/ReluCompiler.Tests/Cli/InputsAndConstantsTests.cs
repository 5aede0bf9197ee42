using System.IO;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary><c>--inputs</c> on every verb, natural input order, constants that take points, and <c>eq "A = B"</c>.</summary>
public sealed class InputsAndConstantsTests
{
    [Fact]
    public void EvalTakesPointsInTheDeclaredOrder()
    {
        var run = CliRunner.Run("eval", "σ(x - y)", "--inputs", "y,x", "1,3", "3,1");
        Assert.Equal((0, "2\n0\n", ""), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void ADeclaredInputAbsentFromTheTextStillTakesItsValue()
    {
        var run = CliRunner.Run("eval", "5", "--inputs", "x,y", "1,2", "3,4");
        Assert.Equal((0, "5\n5\n"), (run.ExitCode, run.Output));
        var wrong = CliRunner.Run("eval", "5", "--inputs", "x,y", "1");
        Assert.Equal((2, "error: point 1: expected 2 comma-separated numbers for (x, y), got `1`\n"), (wrong.ExitCode, wrong.Error));
    }

    [Fact]
    public void AVariableThatIsNotDeclaredIsAnErrorWithACaret()
    {
        var run = CliRunner.Run("eval", "x + z", "--inputs", "x,y", "1,2");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: line 1, column 5: `z` is not a declared input (the inputs are x, y)\n  x + z\n      ^\n", run.Error);
    }

    [Theory]
    [InlineData("x,x", "error: --inputs: the input `x` is declared twice\n")]
    [InlineData("x,2y", "error: --inputs: the input `2y` is not a variable name (letters, digits and _, not starting with a digit)\n")]
    [InlineData("x,,y", "error: --inputs: the input `` is not a variable name (letters, digits and _, not starting with a digit)\n")]
    [InlineData("sigma", "error: --inputs: the input `sigma` is the name of a function\n")]
    public void BadInputListsAreUsageErrors(string inputs, string error)
    {
        var run = CliRunner.Run("eval", "x", "--inputs", inputs, "1");
        Assert.Equal((2, "", error), (run.ExitCode, run.Output, run.Error));
    }

    [Theory]
    [InlineData("canon", "x + y")]
    [InlineData("net", "inputs: y, x\nh1 = σ(y + x)\nh2 = σ(-y - x)\n")]
    [InlineData("pieces", null)]
    [InlineData("draw", "in1 [label=\"y\", shape=circle];")]
    [InlineData("emit", "public static double Evaluate(double y, double x)")]
    public void EveryVerbTakesTheDeclaredInputs(string verb, string? expected)
    {
        var run = CliRunner.Run(verb, "x + y", "--inputs", "y,x");
        if (expected is null)
        {
            Assert.Equal((2, "error: pieces needs a function of one variable; `x + y` has inputs y, x\n"), (run.ExitCode, run.Error));
            return;
        }

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output);
    }

    [Fact]
    public void PlotAndPiecesDrawAConstantAgainstTheDeclaredInput()
    {
        Assert.Equal("(-∞, +∞)  y = 5\n", CliRunner.Run("pieces", "5", "--inputs", "t").Output);
        var path = Path.Combine(Path.GetTempPath(), $"relu-inputs-{System.Guid.NewGuid():N}.svg");
        try
        {
            var run = CliRunner.Run("plot", "5", "σ(t)", "--inputs", "t", "-o", path);
            Assert.Equal((0, ""), (run.ExitCode, run.Error));
            Assert.StartsWith("<svg", File.ReadAllLines(path)[1]);
            var wrong = CliRunner.Run("plot", "σ(x)", "--inputs", "t", "-o", path);
            Assert.Equal(2, wrong.ExitCode);
            Assert.StartsWith("error: line 1, column 3: `x` is not a declared input (the inputs are t)", wrong.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DefaultInputOrderIsNatural()
    {
        var run = CliRunner.Run("eval", "x10 - x2", "1,5");
        Assert.Equal("4\n", run.Output); // x2 = 1, x10 = 5
        Assert.StartsWith("inputs: x2, x10\n", CliRunner.Run("net", "σ(x10) + x2").Output);
    }

    [Fact]
    public void AConstantPrintsOneLinePerPointArgument()
    {
        var run = CliRunner.Run("eval", "5", "1", "2");
        Assert.Equal((0, "5\n5\n"), (run.ExitCode, run.Output));
        Assert.Equal("-29\n", CliRunner.Run("eval", "--", "-6σ(5) + 1", "0.125").Output);
        Assert.Equal("5\n", CliRunner.Run("eval", "5", "").Output);
        Assert.Equal("5\n", CliRunner.Run("eval", "5", "1,2,3").Output);
    }

    [Fact]
    public void AConstantStillChecksThatAPointIsNumbers()
    {
        var run = CliRunner.Run("eval", "5", "1", "abc");
        Assert.Equal((2, "5\n", "error: point 2: `abc` is not a number\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void AConstantAnswersEveryLineOfStandardInputLineForLine()
    {
        var run = CliRunner.RunWithInput("1\n2\n\n3\n", "eval", "5");
        Assert.Equal((0, "5\n5\n\n5\n"), (run.ExitCode, run.Output));
        Assert.Equal("", CliRunner.RunWithInput("", "eval", "5").Output);
    }

    [Fact]
    public void CanonOfACancellingSumCanBeEvaluatedWhereTheOriginalCould()
    {
        var canonical = CliRunner.Run("canon", "σ(x) - σ(x)").Output.Trim();
        Assert.Equal("0", canonical);
        Assert.Equal("0\n0\n", CliRunner.Run("eval", canonical, "1", "2").Output);
    }

    [Fact]
    public void EqChecksBothSidesOfOneEquation()
    {
        Assert.Equal((0, "equal\n"), Outcome(CliRunner.Run("eq", "max(0, x) = σ(x)")));
        Assert.Equal((0, "equal\n"), Outcome(CliRunner.Run("eq", "f(x) = |x| = σ(x) + σ(-x)")));
        Assert.Equal((1, "not equal\n  x = 0\n  left = 1, right = 0\n"), Outcome(CliRunner.Run("eq", "σ(x-1) + 1 = σ(x)")));
    }

    [Fact]
    public void EqWitnessNamesEveryDeclaredOrUsedInput()
    {
        var constants = CliRunner.Run("eq", "5", "6", "--inputs", "x,y");
        Assert.Equal((1, "not equal\n  x = 0\n  y = 0\n  left = 5, right = 6\n"), Outcome(constants));
        var sides = CliRunner.Run("eq", "σ(x) = σ(y)");
        Assert.Equal((1, "not equal\n  x = 0\n  y = 1\n  left = 0, right = 1\n"), Outcome(sides));
        var cancelled = CliRunner.Run("eq", "σ(x) - σ(x)", "1");
        Assert.Equal((1, "not equal\n  x = 0\n  left = 0, right = 1\n"), Outcome(cancelled));
    }

    [Fact]
    public void AnIncompleteEquationSideIsReportedAtItsEqualsSign()
    {
        var run = CliRunner.Run("eq", "x + = 1");
        Assert.Equal((2, "error: line 1, column 5: unexpected end of input, expected an expression\n  x + = 1\n      ^\n"), (run.ExitCode, run.Error));
        var third = CliRunner.Run("eq", "a + 1 = b = c");
        Assert.StartsWith("error: line 1, column 11: a second `=`: an equation has two sides\n", third.Error);
    }

    private static (int, string) Outcome(CliRun run) => (run.ExitCode, run.Output);
}
