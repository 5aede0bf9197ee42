using Xunit;

namespace ReluCompiler.Tests.Cli;

public sealed class NetCommandTests
{
    [Fact]
    public void SmallestNetworkOfTheBlogsShiftedReluHasOneUnitAndOutputBiasOne()
    {
        var run = CliRunner.Run("net", "σ(x-1) + 1");
        Assert.Equal((0, "inputs: x\nh1 = σ(x - 1)\ny = h1 + 1\n1 hidden unit, the fewest possible\n"), (run.ExitCode, run.Output));
    }

    [Fact]
    public void ConstantsAsUnitsWithoutAsWrittenIsRefused()
    {
        var run = CliRunner.Run("net", "--constants-as-units", "σ(x-1) + 1");
        Assert.Equal((2, "error: --constants-as-units only applies with --as-written\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public void AsWrittenKeepsOneUnitPerSigmaInTheOrderWritten()
    {
        var run = CliRunner.Run("net", "--as-written", "σ(x-2) - σ(x) + σ(x-2)");
        Assert.Equal("inputs: x\nh1 = σ(x - 2)\nh2 = σ(x)\nh3 = σ(x - 2)\ny = h1 - h2 + h3\n3 hidden units, as written\n", run.Output);
    }

    [Fact]
    public void UnitsAndTheOutputAreNamedSoThatNoInputSharesTheirName()
    {
        var run = CliRunner.Run("net", "--as-written", "σ(h1 - 1) + σ(y) + σ(f)");
        Assert.Equal("inputs: f, h1, y\nu1 = σ(h1 - 1)\nu2 = σ(y)\nu3 = σ(f)\nout = u1 + u2 + u3\n3 hidden units, as written\n", run.Output);
    }

    [Fact]
    public void ZeroWeightsAreLeftOutExceptInAUnitThatHasNoOther()
    {
        var run = CliRunner.Run("net", "--as-written", "σ(0*x + 1) + σ(y - 0*x) + 0*σ(x)");
        Assert.Equal("inputs: x, y\nh1 = σ(0*x + 0*y + 1)\nh2 = σ(y)\nf = h1 + h2\n2 hidden units, as written\n", run.Output);
    }
}
