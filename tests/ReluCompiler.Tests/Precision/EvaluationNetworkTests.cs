using System;
using ReluCompiler.Ir;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Precision;

/// <summary>
/// The network the engines evaluate is conditioned, not only small (issue 14): a far kink sends one input to the
/// piece table and several inputs to the network facing away from the origin, and <c>relu net</c> says so.
/// </summary>
public sealed class EvaluationNetworkTests
{
    private const string FarInTwoInputs = "σ(5u - 6t - 6) - 4t + 4σ(t - 1e20)";

    [Fact]
    public void WithSeveralInputsAFarKinkIsSummedFacingAwayFromTheOriginWhereTheSmallestCancels()
    {
        var expression = Relu.Parse(FarInTwoInputs);
        var smallest = expression.SmallestNetwork().Network;
        var evaluation = expression.EvaluationNetwork();
        Assert.NotEqual(-4.0, smallest.Evaluate([1.0, 1])); // why: 4σ(1e20 − t) − 4e20 + … cancels at (1, 1)
        Assert.Equal(4, evaluation.Network.Hidden.Length);
        Assert.Equal(expression.Canonical, CanonicalForm.FromReluSum(evaluation.Network.ToReluSum()));
        Assert.Equal(-4.0, expression.Compile<Func<double, double, double>>()(1, 1));
        Assert.Equal(-4.0, Roslyn.RoslynCompiler.CompileNetwork(evaluation.Network)([1.0, 1]));
        Assert.True(expression.Compile().ErrorBound([1.0, 1]) < 1e-14);
    }

    [Fact]
    public void AWellConditionedNetworkIsEvaluatedAsTheSmallestWithoutANote()
    {
        var expression = Relu.Parse("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) - σ(x-4) + σ(x-6)");
        Assert.Equal(new EvaluationNetwork(expression.SmallestNetwork().Network, null), expression.EvaluationNetwork());
        Assert.Equal(EvaluationStrategy.StraightLine, expression.Compile().Strategy);
    }

    [Fact]
    public void NetSaysWhenTheEnginesEvaluateAnotherNetwork()
    {
        var run = CliRunner.Run("net", FarInTwoInputs);
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith(
            "\nthe compiled engines evaluate 4 hidden units facing away from the origin instead: a kink is far, and the sum of these units would cancel near the origin\n",
            run.Output);
    }

    [Fact]
    public void NetSaysWhenTheEnginesEvaluateOneInputThroughItsPieceTable()
    {
        var run = CliRunner.Run("net", "x + σ(-x - 1e17)");
        Assert.Equal(
            "inputs: x\nh1 = σ(x + 100000000000000000)\ny = h1 - 100000000000000000\n1 hidden unit, the fewest possible\n"
            + "the compiled engines evaluate it through its piece table: a kink is far, and the sum of these units would cancel near the origin\n",
            run.Output);
    }

    [Fact]
    public void NetSaysNothingMoreForAWellConditionedNetwork() =>
        Assert.Equal("inputs: x\nh1 = σ(x - 1)\ny = h1 + 1\n1 hidden unit, the fewest possible\n", CliRunner.Run("net", "σ(x-1) + 1").Output);

    [Theory]
    [InlineData("il")]
    [InlineData("roslyn")]
    public void RawEvalOnTheCompiledEnginesGivesTheExactValueBesideAFarKink(string engine) =>
        Assert.Equal("1\n2\n", CliRunner.Run("eval", "--raw", "--engine", engine, "x + σ(-x - 1e17)", "1", "2").Output);
}
