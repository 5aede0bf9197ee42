using Xunit;

namespace ReluCompiler.Tests.Cli;

public sealed class PiecesCommandTests
{
    [Fact]
    public void StepUpAndFlatIsThreePieces()
    {
        var run = CliRunner.Run("pieces", "σ(x) - σ(x-1)");
        Assert.Equal((0, "(-∞, 0]  y = 0\n[0, 1]  y = x\n[1, +∞)  y = 1\n"), (run.ExitCode, run.Output));
    }

    [Fact]
    public void LineIsOnePieceOverTheWholeAxis()
    {
        var run = CliRunner.Run("pieces", "σ(t) - σ(-t) + 1/3");
        Assert.Equal("(-∞, +∞)  y = t + 1/3\n", run.Output);
    }

    [Fact]
    public void SeveralVariablesAreRefused()
    {
        var run = CliRunner.Run("pieces", "σ(x + y)");
        Assert.Equal((2, "error: pieces needs a function of one variable; `σ(x + y)` has inputs x, y\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public void JsonGivesNullForInfiniteBoundsAndSaysWhenANumberIsRounded()
    {
        var run = CliRunner.Run("pieces", "--json", "σ(x)/3 - σ(x-1)/3");
        Assert.Equal(
            "{\"variable\":\"x\",\"pieces\":[{\"from\":null,\"to\":0,\"slope\":0,\"intercept\":0},{\"from\":0,\"to\":1,\"slope\":0.3333333333333333,\"intercept\":0},{\"from\":1,\"to\":null,\"slope\":0,\"intercept\":0.3333333333333333}],\"exact\":false}\n",
            run.Output);
    }
}
