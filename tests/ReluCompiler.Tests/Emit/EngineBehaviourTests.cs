using System;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>What every engine computes on the blog's networks: one [Theory] row per engine (STYLE §11).</summary>
public sealed class EngineBehaviourTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void StaircaseClimbsAndFallsAtItsSixKinks(string engine)
    {
        var f = Engines.Compile(engine, Networks.Staircase);
        double[] xs = [-5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 100];
        double[] expected = [0, 0, 0.5, 1, 1, 1, 1.5, 2, 2, 2, 1, 0, 0, 0];
        for (var i = 0; i < xs.Length; i++)
        {
            Assert.Equal(expected[i], f([xs[i]]));
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ShiftedReluPlusOneIsOneUntilOneThenTheIdentity(string engine)
    {
        var f = Engines.Compile(engine, Networks.ShiftedRelu);
        Assert.Equal(1.0, f([-3]));
        Assert.Equal(1.0, f([1]));
        Assert.Equal(3.0, f([3]));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ConstantNetworkWithoutUnitsIsItsOutputBiasAndKeepsNaN(string engine)
    {
        var f = Engines.Compile(engine, Networks.Constant);
        Assert.Equal(1.5, f([-1e300]));
        Assert.Equal(1.5, f([7]));
        Assert.True(double.IsNaN(f([double.NaN])));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void PureLineFromTwoUnitsIsTwoXMinusOne(string engine)
    {
        var f = Engines.Compile(engine, Networks.Line);
        Assert.Equal(-1.0, f([0]));
        Assert.Equal(5.0, f([3]));
        Assert.Equal(-7.0, f([-3]));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void NegativeZeroInputGivesPositiveZeroOutput(string engine)
    {
        // σ(−0) is +0 (the comparison form), and c + a·(+0) keeps c's sign: every engine returns +0.
        var f = Engines.Compile(engine, Networks.Staircase);
        Assert.Equal(0L, BitConverter.DoubleToInt64Bits(f([-0.0])));
    }

    [Theory]
    [MemberData(nameof(Engines.Sum), MemberType = typeof(Engines))]
    public void TwoAndThreeInputNetworksReadTheirInputsInOrder(string engine)
    {
        var two = Engines.Compile(engine, Networks.TwoInputs);
        Assert.Equal(2.5, two([1, 2]));   // σ(2) − σ(−1) + 1/2
        Assert.Equal(-0.5, two([1, 0]));  // σ(0) − σ(1) + 1/2
        var three = Engines.Compile(engine, Networks.ThreeInputs);
        Assert.Equal(3.2, three([1, 2, 0]));  // −2 + σ(1 + 4 − 0) + 0.1·σ(−1 + 0 + 3)
        Assert.Equal(-1.2, three([0, 0, 5])); // −2 + σ(−5) + 0.1·σ(8)
    }

    [Theory]
    [MemberData(nameof(Engines.Sum), MemberType = typeof(Engines))]
    public void SumEnginesFollowIeeeArithmeticAtInfinity(string engine)
    {
        // The sum form is plain IEEE arithmetic: σ(x) − σ(x − 1) at +∞ is ∞ − ∞ = NaN; at −∞ both units are 0.
        var step = Networks.OneInput(0, Networks.Unit(1, 0, 1), Networks.Unit(1, -1, -1));
        var f = Engines.Compile(engine, step);
        Assert.True(double.IsNaN(f([double.PositiveInfinity])));
        Assert.Equal(0.0, f([double.NegativeInfinity]));
        Assert.Equal(double.PositiveInfinity, Engines.Compile(engine, Networks.ShiftedRelu)([double.PositiveInfinity]));
    }

    [Theory]
    [MemberData(nameof(Engines.Table), MemberType = typeof(Engines))]
    public void TableEnginesAnswerInfinityAsTheSumFormDoes(string engine)
    {
        // Every engine of one network agrees at ±∞: the table answers what the network's sum gives there.
        var step = Networks.OneInput(0, Networks.Unit(1, 0, 1), Networks.Unit(1, -1, -1));
        var f = Engines.Compile(engine, step);
        Assert.True(double.IsNaN(f([double.PositiveInfinity])));
        Assert.Equal(0.0, f([double.NegativeInfinity]));
        var line = Engines.Compile(engine, Networks.Line);
        Assert.Equal(double.PositiveInfinity, line([double.PositiveInfinity]));
        Assert.Equal(double.NegativeInfinity, line([double.NegativeInfinity]));
    }

    [Theory]
    [MemberData(nameof(Engines.TakingSpans), MemberType = typeof(Engines))]
    public void WrongNumberOfInputsIsAnInputCountError(string engine)
    {
        var f = Engines.Compile(engine, Networks.Staircase);
        Assert.Throws<InputCountException>(() => f([1, 2]));
    }
}
