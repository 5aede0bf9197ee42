using System;
using ReluCompiler.Ir;
using ReluCompiler.Tests.Engines;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>
/// What every engine does at the edges the case files cannot state (NaN, ±∞, −0, input order, a wrong
/// input count): one [Theory] row per engine (STYLE §11). The values at ordinary points are EngineMatrixTests'.
/// </summary>
public sealed class EngineBehaviourTests
{
    public static TheoryData<Engine> AllEngines => EngineFactory.Rows();

    public static TheoryData<Engine> SumEngines => EngineFactory.Rows(e => !EngineFactory.IsTable(e));

    public static TheoryData<Engine> TableEngines => EngineFactory.Rows(EngineFactory.IsTable);

    /// <summary>The engines whose own entry point checks a span's length (typed delegates fix it in their signature; the batch checks its own lengths).</summary>
    public static TheoryData<Engine> CheckingSpanLength => EngineFactory.Rows(e => e is not (Engine.BatchSumKernel or Engine.BatchTableKernel));

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void ConstantNetworkWithoutUnitsIsItsOutputBiasAndKeepsNaN(Engine engine)
    {
        var f = EngineFactory.Compile(engine, Networks.Constant);
        Assert.Equal(1.5, f([-1e300]));
        Assert.Equal(1.5, f([7]));
        Assert.True(double.IsNaN(f([double.NaN])));
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void PureLineFromTwoUnitsIsTwoXMinusOne(Engine engine)
    {
        var f = EngineFactory.Compile(engine, Networks.Line);
        Assert.Equal(-1.0, f([0]));
        Assert.Equal(5.0, f([3]));
        Assert.Equal(-7.0, f([-3]));
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void NegativeZeroInputGivesPositiveZeroOutput(Engine engine)
    {
        // σ(−0) is +0 (the comparison form), and c + a·(+0) keeps c's sign: every engine returns +0.
        var f = EngineFactory.Compile(engine, Networks.Staircase);
        Assert.Equal(0L, BitConverter.DoubleToInt64Bits(f([-0.0])));
    }

    [Theory]
    [MemberData(nameof(SumEngines))]
    public void TwoAndThreeInputNetworksReadTheirInputsInOrder(Engine engine)
    {
        var two = EngineFactory.Compile(engine, Networks.TwoInputs);
        Assert.Equal(2.5, two([1, 2]));   // σ(2) − σ(−1) + 1/2
        Assert.Equal(-0.5, two([1, 0]));  // σ(0) − σ(1) + 1/2
        var three = EngineFactory.Compile(engine, Networks.ThreeInputs);
        Assert.Equal(3.2, three([1, 2, 0]));  // −2 + σ(1 + 4 − 0) + 0.1·σ(−1 + 0 + 3)
        Assert.Equal(-1.2, three([0, 0, 5])); // −2 + σ(−5) + 0.1·σ(8)
    }

    [Theory]
    [MemberData(nameof(SumEngines))]
    public void SumEnginesFollowIeeeArithmeticAtInfinity(Engine engine)
    {
        // The sum form is plain IEEE arithmetic: σ(x) − σ(x − 1) at +∞ is ∞ − ∞ = NaN; at −∞ both units are 0.
        var step = Networks.OneInput(0, Networks.Unit(1, 0, 1), Networks.Unit(1, -1, -1));
        var f = EngineFactory.Compile(engine, step);
        Assert.True(double.IsNaN(f([double.PositiveInfinity])));
        Assert.Equal(0.0, f([double.NegativeInfinity]));
        Assert.Equal(double.PositiveInfinity, EngineFactory.Compile(engine, Networks.ShiftedRelu)([double.PositiveInfinity]));
    }

    [Theory]
    [MemberData(nameof(TableEngines))]
    public void TableEnginesAnswerInfinityAsTheSumFormDoes(Engine engine)
    {
        // Every engine of one network agrees at ±∞: the table answers what the network's sum gives there.
        var step = Networks.OneInput(0, Networks.Unit(1, 0, 1), Networks.Unit(1, -1, -1));
        var f = EngineFactory.Compile(engine, step);
        Assert.True(double.IsNaN(f([double.PositiveInfinity])));
        Assert.Equal(0.0, f([double.NegativeInfinity]));
        var line = EngineFactory.Compile(engine, Networks.Line);
        Assert.Equal(double.PositiveInfinity, line([double.PositiveInfinity]));
        Assert.Equal(double.NegativeInfinity, line([double.NegativeInfinity]));
    }

    [Theory]
    [MemberData(nameof(CheckingSpanLength))]
    public void WrongNumberOfInputsIsAnInputCountError(Engine engine)
    {
        var f = EngineFactory.Compile(engine, Networks.Staircase);
        Assert.Throws<InputCountException>(() => f([1, 2]));
    }
}
