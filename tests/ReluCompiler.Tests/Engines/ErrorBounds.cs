using System;
using System.Linq;
using ReluCompiler.Ir;

namespace ReluCompiler.Tests.Engines;

/// <summary>How far from the exact value each engine's form may be (the bounds stated on <see cref="EvaluationPlan"/>).</summary>
internal static class ErrorBounds
{
    private const double UnitRoundoff = 1.1102230246251565E-16; // 2⁻⁵³

    /// <summary>The bound of the engine's form at <paramref name="x"/>: the sum form's, or the piece table's.</summary>
    public static double Of(Engine engine, Network network, double[] x) =>
        EngineFactory.IsTable(engine) ? Table(network, x[0]) : EvaluationErrorBound.SumForm(network, x);

    /// <summary>
    /// 8·u·T(x) + 16·(n + 8) subnormal steps, with T(x) = |vᵢ| + M·(|x| + |aᵢ|) for the piece the search picks
    /// and M = Σ|aᵢ·wᵢ| bounding every slope.
    /// </summary>
    public static double Table(Network network, double x)
    {
        var table = PieceTable.FromNetwork(network);
        var i = PieceTable.Locate(table.Knots.AsSpan(), x);
        var m = network.Hidden.Sum(u => Math.Abs(ExactMath.ToDouble(u.OutputWeight * u.Weights[0])));
        var scale = Math.Abs(table.Values[i]) + (m * (Math.Abs(x) + Math.Abs(table.Anchors[i])));
        return double.IsNaN(scale) || double.IsInfinity(scale)
            ? double.PositiveInfinity
            : (8 * UnitRoundoff * scale) + (16 * (network.Hidden.Length + 8) * double.Epsilon);
    }
}
