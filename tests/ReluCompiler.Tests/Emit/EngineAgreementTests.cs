using System;
using System.Linq;
using CsCheck;
using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>Property tests: the engines against each other on random networks and nasty points.</summary>
public sealed class EngineAgreementTests
{
    private static readonly string[] CompiledSumEngines = Engines.SumNames.Where(e => e != Engines.Interpreter && !e.StartsWith("roslyn", StringComparison.Ordinal)).ToArray();
    private static readonly string[] CompiledTableEngines = Engines.TableNames.Where(e => !e.StartsWith("roslyn", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void IlSumEnginesAgreeWithTheInterpreterBitForBit() =>
        RandomNetworks.NetworkAndPoints.Sample(
            (network, points) =>
            {
                foreach (var engine in CompiledSumEngines)
                {
                    var compiled = Engines.Compile(engine, network);
                    foreach (var point in points)
                    {
                        Doubles.AssertSame(network.Evaluate(point), compiled(point), $"{engine} at ({string.Join(", ", point)})");
                    }
                }
            },
            iter: 300);

    [Fact]
    public void IlTableEnginesAgreeWithThePieceTableBitForBit() =>
        RandomNetworks.OneInputAndPoints.Sample(
            (network, points) =>
            {
                var table = PieceTable.FromNetwork(network);
                foreach (var engine in CompiledTableEngines)
                {
                    var compiled = Engines.Compile(engine, network);
                    foreach (var x in points)
                    {
                        Doubles.AssertSame(table.Evaluate(x), compiled([x]), $"{engine} at {x}");
                    }
                }
            },
            iter: 300);

    [Fact]
    public void BatchEvaluationEqualsPointByPointEvaluationForEveryStrategy() =>
        RandomNetworks.OneInputAndPoints.Sample(
            (network, points) =>
            {
                foreach (var strategy in new[] { EvaluationStrategy.StraightLine, EvaluationStrategy.SumLoop, EvaluationStrategy.PieceTable })
                {
                    var compiled = IlCompiler.Compile(network, strategy);
                    var ys = new double[points.Length];
                    compiled.Evaluate(points, ys);
                    for (var i = 0; i < points.Length; i++)
                    {
                        Doubles.AssertSame(compiled.Invoke(points[i]), ys[i], $"{strategy} batch at {points[i]}");
                    }
                }
            },
            iter: 200);

    [Fact]
    public void NaNInGivesNaNOutInEveryEngine() =>
        RandomNetworks.NetworkAndPoints.Where(t => t.Network.Inputs.Length > 0).Sample(
            (network, points) =>
            {
                var engines = Engines.SumNames.Where(e => !e.StartsWith("roslyn", StringComparison.Ordinal))
                    .Concat(network.Inputs.Length == 1 ? CompiledTableEngines.Prepend("piece table") : []);
                foreach (var engine in engines)
                {
                    var compiled = Engines.Compile(engine, network);
                    foreach (var point in points)
                    {
                        var withNaN = point.ToArray();
                        withNaN[point.Length - 1] = double.NaN;
                        Assert.True(double.IsNaN(compiled(withNaN)), $"{engine} at ({string.Join(", ", withNaN)})");
                    }
                }
            },
            iter: 200);
}
