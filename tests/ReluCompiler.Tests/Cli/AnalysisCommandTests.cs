using System.IO;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary><c>relu analyze</c>, <c>relu diff</c> and <c>relu fit</c> end to end: text, JSON, exit codes and located errors.</summary>
public class AnalysisCommandTests
{
    [Fact]
    public void AnalyzePrintsEveryFactOfTheStaircase()
    {
        var run = CliRunner.Run("analyze", "σ(x) - σ(x-1) + σ(x-2) - σ(x-3)");
        Assert.Equal(
            (0,
             "f(x) = σ(x) - σ(x - 1) + σ(x - 2) - σ(x - 3)\n"
             + "on: x in (-∞, ∞)\n"
             + "minimum: 0 at x in (-∞, 0]\n"
             + "maximum: 2 at x in [3, ∞)\n"
             + "zeros: x in (-∞, 0]\n"
             + "sign: 0 on (-∞, 0], + on (0, ∞)\n"
             + "monotone: constant on (-∞, 0], increasing on [0, 1], constant on [1, 2], increasing on [2, 3], constant on [3, ∞)\n"
             + "Lipschitz constant: 1 (the largest |slope|), reached on [0, 1], [2, 3]\n"
             + "convexity: neither (the slope rises at x = 0 and falls at x = 1)\n",
             ""),
            (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void AnalyzeAsJsonGivesIntervalsWithNullForInfinity()
    {
        var run = CliRunner.Run("analyze", "|x| - |x - 1|", "--on", "0,2", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(
            "{\"variables\":[\"x\"],\"form\":\"-1 + 2*σ(x) - 2*σ(x - 1)\",\"domain\":{\"from\":0,\"to\":2},"
            + "\"minimum\":{\"value\":-1,\"at\":[{\"from\":0,\"fromClosed\":true,\"to\":0,\"toClosed\":true}]},",
            run.Output);
        Assert.EndsWith("\"convexity\":\"concave\",\"exact\":true}\n", run.Output);
    }

    [Fact]
    public void AnalyzeLabelsWhatIsExactWithSeveralVariables()
    {
        var run = CliRunner.Run("analyze", "max(x, y) - σ(x + y - 1)", "--on", "0,1");
        Assert.Equal(
            "f(x, y) = y + σ(x - y) - σ(x + y - 1)\n"
            + "on: x, y in [0, 1] each\n"
            + "minimum: 0 at (x, y) = (0, 0)\n"
            + "maximum: 1 at (x, y) = (0, 1)\n"
            + "  range exact: every vertex of the 2 kink hyperplanes and the box faces\n"
            + "Lipschitz constant: 1 for the Euclidean norm, gradient (0, -1); 1 for the max norm (sum of |slopes|)\n"
            + "  Lipschitz exact: the gradient on each of the 4 regions of 2 kink hyperplanes\n"
            + "convexity: neither convex nor concave (kinks of both signs cross the domain)\n"
            + "zeros, signs and monotone parts: given for one variable only\n",
            run.Output);
    }

    [Theory]
    [InlineData("0,1/0", "error: --on `0,1/0`, column 5: division by zero\n")]
    [InlineData("1,0", "error: --on `1,0`: the left end must be smaller than the right end\n")]
    [InlineData("0;1", "error: --on `0;1`: expected two numbers separated by a comma, such as 0,1\n")]
    [InlineData("inf,2", "error: --on `inf,2`: inf cannot be the left end\n")]
    public void ABadIntervalIsALocatedErrorWithExitTwo(string on, string error)
    {
        var run = CliRunner.Run("analyze", "x", "--on", on);
        Assert.Equal((2, "", error), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void DiffExitsZeroForEqualFunctionsAndOneWithTheIntervalsOtherwise()
    {
        var equal = CliRunner.Run("diff", "σ(x) - σ(-x)", "x");
        Assert.Equal((0, "equal\n"), (equal.ExitCode, equal.Output));

        var different = CliRunner.Run("diff", "min(x, 1)", "x - σ(x - 2)");
        Assert.Equal(
            (1, "not equal\n  A < B for x in (1, ∞)\n  largest |A - B|: 1 at x in [2, ∞)\n"),
            (different.ExitCode, different.Output));
    }

    [Fact]
    public void DiffOnAnIntervalCanBeEqualThere()
    {
        var run = CliRunner.Run("diff", "min(x, 1)", "x", "--on", "-5,1");
        Assert.Equal((0, "equal on [-5, 1]\n"), (run.ExitCode, run.Output));
    }

    [Fact]
    public void FitPrintsAnExpressionThatEqAcceptsAndSaysHowManyUnits()
    {
        var run = CliRunner.RunWithInput("0,0\n1,1\n2,0\n", "fit");
        Assert.Equal((0, "σ(x) - 2*σ(x - 1) + σ(x - 2)\n"), (run.ExitCode, run.Output));
        Assert.Equal("fit: 3 hidden units (the fewest for this function), through all 3 points\n", run.Error);
        var check = CliRunner.Run("eq", run.Output.TrimEnd('\n'), "max(0, min(x, 2 - x))");
        Assert.Equal((0, "equal\n"), (check.ExitCode, check.Output));
    }

    [Fact]
    public void FitWithABudgetReportsItsError()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "# a plateau: the interpolant needs 4 units\n0 0\n1 2\n2 2\n3 0\n");
        var run = CliRunner.Run("fit", path, "--max-units", "3", "--json");
        File.Delete(path);
        Assert.Equal(
            "{\"expression\":\"2*σ(x) - 3*σ(x - 1) + σ(x - 3)\",\"units\":3,\"minimal\":true,\"maxError\":1,\"knots\":[0,1,3],"
            + "\"method\":\"best of the functions through a subset of the points (flat outside it) with at most 3 units, by dynamic programming on the largest error\",\"exact\":true}\n",
            run.Output);
    }

    [Theory]
    [InlineData("0,0\n1,x\n", "error: standard input, line 2, column 3: expected a number, found `x`\n")]
    [InlineData("0,0\n0,1\n", "error: standard input, line 2: x = 0 was already given on line 1 with y = 0; a function has one value there\n")]
    [InlineData("0,0,1\n", "error: standard input, line 1, column 5: expected two numbers, x and y, separated by a comma or spaces; found 3\n")]
    [InlineData("1/3, 2/0\n", "error: standard input, line 1, column 8: division by zero\n")]
    [InlineData("\n# nothing\n", "error: standard input: no points; give one x,y pair a line\n")]
    public void ABadPointsFileIsALocatedErrorWithExitTwo(string input, string error)
    {
        var run = CliRunner.RunWithInput(input, "fit");
        Assert.Equal((2, "", error), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void PlotDiffShadesOnlyWithTwoExpressions()
    {
        var one = CliRunner.Run("plot", "x", "--diff", "-o", Path.Combine(Path.GetTempPath(), "relu-diff-one.svg"));
        Assert.Equal((2, "error: --diff compares two expressions, but 1 was given\n"), (one.ExitCode, one.Error));

        var plain = Path.Combine(Path.GetTempPath(), "relu-diff-plain.svg");
        var shaded = Path.Combine(Path.GetTempPath(), "relu-diff-shaded.svg");
        Assert.Equal(0, CliRunner.Run("plot", "σ(x-2) - σ(x-3)", "σ(x-2)", "-o", plain, "--from", "0", "--to", "5").ExitCode);
        Assert.Equal(0, CliRunner.Run("plot", "σ(x-2) - σ(x-3)", "σ(x-2)", "--diff", "-o", shaded, "--from", "0", "--to", "5").ExitCode);
        Assert.NotEqual(File.ReadAllText(plain), File.ReadAllText(shaded));
        File.Delete(plain);
        File.Delete(shaded);
    }
}
