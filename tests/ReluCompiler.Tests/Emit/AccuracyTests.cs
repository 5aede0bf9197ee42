using System;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>
/// The error bounds stated on <see cref="EvaluationPlan"/>, checked against the exact rational value:
/// sum form within (n + d + 6)·u·S(x), table within 8·u·T(x), so |sum − table| ≤ (n + 8)·2⁻⁵²·(S + T) for
/// one input (u = 2⁻⁵³), plus a few subnormal steps for results near zero.
/// </summary>
public sealed class AccuracyTests
{
    private const double U = 1.1102230246251565E-16; // 2⁻⁵³

    [Fact]
    public void SumFormIsWithinItsBoundOfTheExactValue() =>
        RandomNetworks.NetworkAndPoints.Sample(
            (network, points) =>
            {
                foreach (var point in points.Where(p => p.All(double.IsFinite)))
                {
                    var scale = SumScale(network, point);
                    if (!double.IsFinite(scale))
                    {
                        continue;
                    }

                    var bound = ((network.Hidden.Length + network.Inputs.Length + 6) * U * scale) + Subnormal(network);
                    AssertWithin(network.Evaluate(point), Exact(network, point), bound, point);
                }
            },
            iter: 300);

    [Fact]
    public void TableIsWithinItsBoundOfTheExactValue() =>
        RandomNetworks.OneInputAndPoints.Sample(
            (network, points) =>
            {
                var table = PieceTable.FromNetwork(network);
                foreach (var x in points.Where(double.IsFinite))
                {
                    var scale = TableScale(network, table, x);
                    if (double.IsFinite(scale))
                    {
                        AssertWithin(table.Evaluate(x), Exact(network, [x]), (8 * U * scale) + Subnormal(network), [x]);
                    }
                }
            },
            iter: 300);

    [Fact]
    public void SumAndTableDifferByAtMostTheStatedBound() =>
        RandomNetworks.OneInputAndPoints.Sample(
            (network, points) =>
            {
                var table = PieceTable.FromNetwork(network);
                foreach (var x in points.Where(double.IsFinite))
                {
                    var scale = SumScale(network, [x]) + TableScale(network, table, x);
                    if (double.IsFinite(scale))
                    {
                        var bound = ((network.Hidden.Length + 8) * 2 * U * scale) + Subnormal(network);
                        var difference = Math.Abs(network.Evaluate([x]) - table.Evaluate(x));
                        Assert.True(difference <= bound, $"|sum - table| = {difference} > {bound} at {x}");
                    }
                }
            },
            iter: 300);

    [Fact]
    public void FarFromTheOriginTheTableIsExactWhereTheSumCancels()
    {
        // σ(x) − σ(x − 1) is 1 for x ≥ 1; at 1e16, x − 1 rounds to x and the sum gives 0.
        var step = Networks.OneInput(0, Networks.Unit(1, 0, 1), Networks.Unit(1, -1, -1));
        Assert.Equal(0.0, step.Evaluate([1e16]));
        Assert.Equal(1.0, PieceTable.FromNetwork(step).Evaluate(1e16));
    }

    /// <summary>S(x) = |c| + Σ|aᵢ|·(Σⱼ|wᵢⱼ·xⱼ| + |bᵢ|), in doubles.</summary>
    private static double SumScale(Network network, double[] point) =>
        Math.Abs(ExactMath.ToDouble(network.OutputBias))
        + network.Hidden.Sum(u => Math.Abs(ExactMath.ToDouble(u.OutputWeight))
            * (u.Weights.Select((w, j) => Math.Abs(ExactMath.ToDouble(w) * point[j])).Sum() + Math.Abs(ExactMath.ToDouble(u.Bias))));

    /// <summary>T(x) = |vᵢ| + M·(|x| + |aᵢ|) for the piece the search picks, M = Σ|aᵢ·wᵢ| bounding every slope.</summary>
    private static double TableScale(Network network, PieceTable table, double x)
    {
        var i = PieceTable.Locate(table.Knots.AsSpan(), x);
        var m = network.Hidden.Sum(u => Math.Abs(ExactMath.ToDouble(u.OutputWeight * u.Weights[0])));
        return Math.Abs(table.Values[i]) + (m * (Math.Abs(x) + Math.Abs(table.Anchors[i])));
    }

    /// <summary>Below the normal range errors are absolute: a few steps of 2⁻¹⁰⁷⁴ per operation.</summary>
    private static double Subnormal(Network network) => 16 * (network.Hidden.Length + 8) * double.Epsilon;

    private static Fraction Exact(Network network, double[] point) =>
        network.Evaluate(point.Select(Doubles.Exact).ToArray().AsSpan());

    private static void AssertWithin(double actual, Fraction exact, double bound, double[] point)
    {
        var error = Math.Abs(ExactMath.ToDouble(Doubles.Exact(actual) - exact));
        Assert.True(error <= bound, $"error {error} > bound {bound} at ({string.Join(", ", point)}): got {actual}, exact {ExactMath.ToDouble(exact)}");
    }
}
