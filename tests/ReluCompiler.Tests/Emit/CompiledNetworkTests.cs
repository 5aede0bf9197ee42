using System;
using System.Linq;
using System.Threading.Tasks;
using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

public sealed class CompiledNetworkTests
{
    [Fact]
    public void AutomaticStrategySwitchesToThePieceTablePastSixteenUnitsOfOneInput()
    {
        Assert.Equal(16, EvaluationPlan.PieceTableUnits);
        Assert.Equal(EvaluationStrategy.StraightLine, IlCompiler.Compile(Networks.Sawtooth(16)).Strategy);
        Assert.Equal(EvaluationStrategy.PieceTable, IlCompiler.Compile(Networks.Sawtooth(17)).Strategy);
        Assert.Equal(EvaluationStrategy.StraightLine, IlCompiler.Compile(Networks.Wide(40, 2)).Strategy);
        Assert.Equal(EvaluationStrategy.SumLoop, IlCompiler.Compile(Networks.Wide(EvaluationPlan.StraightLineWeights / 2 + 1, 2)).Strategy);
    }

    [Fact]
    public void CallersCanForceAStrategyButNotATableForTwoInputs()
    {
        Assert.Equal(EvaluationStrategy.SumLoop, IlCompiler.Compile(Networks.Staircase, EvaluationStrategy.SumLoop).Strategy);
        Assert.Throws<ArgumentException>(() => IlCompiler.Compile(Networks.TwoInputs, EvaluationStrategy.PieceTable));
    }

    [Fact]
    public void CallsThatDoNotMatchTheInputCountAreRejected()
    {
        var compiled = IlCompiler.Compile(Networks.TwoInputs);
        var unary = Assert.Throws<InputCountException>(() => compiled.Invoke(1.0));
        Assert.Equal((2, 1), (unary.Expected, unary.Given));
        Assert.Throws<InputCountException>(() => compiled.Invoke([1.0, 2.0, 3.0]));
        Assert.Throws<InputCountException>(() => compiled.As<Func<double, double, double, double>>());
        Assert.Throws<InputCountException>(() => IlCompiler.CompileUnary(Networks.TwoInputs));
        Assert.Equal(2.5, compiled.Invoke(1, 2));
    }

    [Fact]
    public void BatchOfSeveralInputsReadsPointsRowByRow()
    {
        var compiled = IlCompiler.Compile(Networks.TwoInputs);
        var results = new double[2];
        compiled.Evaluate([1.0, 2.0, 0.0, 0.0], results);
        Assert.Equal([compiled.Invoke(1, 2), compiled.Invoke(0, 0)], results);
        Assert.Throws<ArgumentException>(() => compiled.Evaluate([1.0], new double[1]));
    }

    [Fact]
    public void BatchNeedsOutputOfTheSameLength() =>
        Assert.Throws<ArgumentException>(() => IlCompiler.Compile(Networks.Staircase).Evaluate([1.0, 2.0], new double[3]));

    [Fact]
    public void OneCompiledNetworkServesManyThreadsAtOnce()
    {
        var compiled = IlCompiler.Compile(Networks.Sawtooth(100));
        var results = new double[64];
        Parallel.For(0, results.Length, i =>
        {
            var ys = new double[257];
            compiled.Evaluate(Enumerable.Range(0, ys.Length).Select(k => k * 0.5).ToArray(), ys);
            results[i] = ys.Sum() + compiled.Invoke(i);
        });
        Assert.All(results.Select((r, i) => r - compiled.Invoke(i)), r => Assert.Equal(results[0] - compiled.Invoke(0), r));
    }
}
