using System;
using System.Linq;
using CsCheck;
using ReluCompiler.Ir;
using ReluCompiler.Tests.Engines;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>
/// The bit-for-bit contract (<see cref="EvaluationStrategy"/>): sum engines give exactly the doubles of
/// <see cref="Network.Evaluate(ReadOnlySpan{double})"/>, table engines those of <see cref="PieceTable.Evaluate"/>,
/// on random networks at the points that hurt (±0, subnormals, 1e300, NaN, ±∞, breakpoints). Roslyn
/// engines are left to EngineMatrixTests, where one compilation serves a whole case set.
/// </summary>
public sealed class EngineAgreementTests
{
    public static TheoryData<Engine> CompiledSumEngines =>
        EngineFactory.Rows(e => e != Engine.Interpreter && !EngineFactory.IsTable(e) && !EngineFactory.IsRoslyn(e));

    public static TheoryData<Engine> CompiledTableEngines => EngineFactory.Rows(e => EngineFactory.IsTable(e) && !EngineFactory.IsRoslyn(e));

    [Theory]
    [MemberData(nameof(CompiledSumEngines))]
    public void SumEngineGivesTheInterpretersBitsOnRandomNetworks(Engine engine) =>
        RandomNetworks.NetworkAndPoints.Sample(
            (network, points) =>
            {
                var compiled = EngineFactory.Compile(engine, network);
                foreach (var point in points)
                {
                    Doubles.AssertSame(network.Evaluate(point), compiled(point), $"{engine} at ({string.Join(", ", point)})");
                }
            },
            iter: 150);

    [Theory]
    [MemberData(nameof(CompiledTableEngines))]
    public void TableEngineGivesThePieceTablesBitsOnRandomNetworks(Engine engine) =>
        RandomNetworks.OneInputAndPoints.Sample(
            (network, points) =>
            {
                var table = PieceTable.FromNetwork(network);
                var compiled = EngineFactory.Compile(engine, network);
                foreach (var x in points)
                {
                    Doubles.AssertSame(table.Evaluate(x), compiled([x]), $"{engine} at {x}");
                }
            },
            iter: 150);

    [Theory]
    [MemberData(nameof(CompiledSumEngines))]
    [MemberData(nameof(CompiledTableEngines))]
    public void NaNInGivesNaNOut(Engine engine) =>
        RandomNetworks.NetworkAndPoints.Where(t => t.Network.Inputs.Length > 0 && EngineFactory.Evaluates(engine, t.Network)).Sample(
            (network, points) =>
            {
                var compiled = EngineFactory.Compile(engine, network);
                foreach (var point in points)
                {
                    var withNaN = point.ToArray();
                    withNaN[point.Length - 1] = double.NaN;
                    Assert.True(double.IsNaN(compiled(withNaN)), $"{engine} at ({string.Join(", ", withNaN)})");
                }
            },
            iter: 100);
}
