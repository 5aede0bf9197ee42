using System.Linq;
using System.Reflection;
using CsCheck;
using ReluCompiler.CSharp;
using ReluCompiler.Roslyn;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>
/// Roslyn-compiled source against the interpreter on random networks: many networks go into one compilation
/// (one class each), since a compilation costs far more than a DynamicMethod.
/// </summary>
public sealed class RoslynAgreementTests
{
    [Fact]
    public void CompiledSourceAgreesBitForBitWithItsEngineOnRandomNetworks() =>
        RandomNetworks.NetworkAndPoints.Array[40].Sample(
            cases =>
            {
                var strategies = cases.Select((c, i) => c.Network.Inputs.Length == 1 && i % 3 == 2
                    ? EvaluationStrategy.PieceTable
                    : i % 3 == 1 ? EvaluationStrategy.SumLoop : EvaluationStrategy.StraightLine).ToArray();
                var source = string.Concat(cases.Select((c, i) =>
                    CSharpEmitter.Emit(c.Network, new CSharpEmitOptions("Net" + i, "Random"), strategies[i]) + "\n"));
                var assembly = RoslynCompiler.CompileAndLoad(source);
                for (var i = 0; i < cases.Length; i++)
                {
                    var (network, points) = cases[i];
                    var evaluate = assembly.GetType("Random.Net" + i)!
                        .GetMethod("Evaluate", Enumerable.Repeat(typeof(double), network.Inputs.Length).ToArray())!;
                    var table = strategies[i] == EvaluationStrategy.PieceTable ? PieceTable.FromNetwork(network) : null;
                    foreach (var point in points)
                    {
                        var expected = table is null ? network.Evaluate(point) : table.Evaluate(point[0]);
                        Doubles.AssertSame(expected, Call(evaluate, point), $"Net{i} ({strategies[i]}) at ({string.Join(", ", point)})");
                    }
                }
            },
            iter: 2,
            threads: 1);

    private static double Call(MethodInfo evaluate, double[] point) =>
        (double)evaluate.Invoke(null, point.Cast<object>().ToArray())!;
}
