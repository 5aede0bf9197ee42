using Xunit;

namespace ReluCompiler.Tests.Cli;

public sealed class EqCommandTests
{
    [Fact]
    public void EqualFunctionsPrintEqualAndExitZero()
    {
        var run = CliRunner.Run("eq", "σ(x) - σ(-x)", "x");
        Assert.Equal((0, "equal\n", ""), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void DifferentFunctionsPrintAnExactWitnessAndExitOne()
    {
        var run = CliRunner.Run("eq", "0.1σ(x) + 0.2σ(x)", "0.30000000001σ(x)");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("not equal\n  x = 1\n  left = 0.3, right = 0.30000000001\n", run.Output);
    }

    [Fact]
    public void WitnessNamesEveryInputOfEitherSide()
    {
        var run = CliRunner.Run("eq", "max(x, y)", "y");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("not equal\n  x = ", run.Output);
        Assert.Contains("\n  y = ", run.Output);
    }

    [Fact]
    public void OneExpressionIsAUsageError()
    {
        var run = CliRunner.Run("eq", "σ(x)");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: relu eq compares two expressions, but one was given (or give one equation `A = B`)\nusage: relu eq ", run.Error);
    }

    [Fact]
    public void JsonCarriesTheWitnessAndKeepsTheExitCode()
    {
        var run = CliRunner.Run("eq", "--json", "σ(x-1) + 1", "σ(x)");
        Assert.Equal((1, "{\"equal\":false,\"witness\":{\"x\":0},\"left\":1,\"right\":0,\"exact\":true}\n"), (run.ExitCode, run.Output));
    }
}
