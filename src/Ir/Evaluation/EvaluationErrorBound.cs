using System;

namespace ReluCompiler.Ir;

/// <summary>
/// A priori error bounds of the double forms the compiled engines compute (not correctly rounded; see
/// <see cref="CorrectlyRoundedEvaluator"/> for that), checked against exact values in the tests.
/// </summary>
public static class EvaluationErrorBound
{
    /// <summary>
    /// The sum form in the contract order (<see cref="Network.Evaluate(ReadOnlySpan{double})"/>, the IL and C# sums):
    /// |ŷ − f(x)| ≤ (n + d + 6)·u·S(x) + 2·2⁻¹⁰⁷⁴·T(x) with u = 2⁻⁵³,
    /// S(x) = |c| + Σᵢ |aᵢ|·(Σⱼ |wᵢⱼ·xⱼ| + |bᵢ|) over the rounded coefficients (standard γₙ analysis, Higham §3.1,
    /// each coefficient's own rounding counted as one more relative error) and
    /// T(x) = 1 + Σᵢ (|aᵢ|·(1 + Σⱼ |xⱼ|) + Σⱼ |wᵢⱼ·xⱼ| + |bᵢ| + d + 1) for underflow: a coefficient that rounds to a
    /// subnormal (1e-320) is off by up to 2⁻¹⁰⁷⁵ absolutely, which a huge input multiplies, and every product
    /// that underflows loses up to 2⁻¹⁰⁷⁵. A unit whose argument is certainly negative both in doubles and exactly
    /// (by more than twice the argument's own error bound) adds an exact 0 and is left out of S and T: a far kink
    /// facing away costs nothing.
    /// +∞ when S(x) overflows (the sum may then be ∞ − ∞) or a coefficient rounds to ±∞.
    /// </summary>
    public static double SumForm(Network network, ReadOnlySpan<double> x)
    {
        if (network is null)
        {
            throw new ArgumentNullException(nameof(network));
        }

        var size = Math.Abs(ExactMath.ToDouble(network.OutputBias));
        var inputs = 0.0;
        for (var j = 0; j < x.Length; j++)
        {
            inputs += Math.Abs(x[j]);
        }

        var underflow = 1.0;
        var argumentSlack = (x.Length + 3) * FloatArithmetic.UnitRoundoff * FloatArithmetic.Slack(x.Length + 4);
        foreach (var unit in network.Hidden)
        {
            var bias = ExactMath.ToDouble(unit.Bias);
            var output = Math.Abs(ExactMath.ToDouble(unit.OutputWeight));
            var argument = bias;
            var inner = Math.Abs(bias);
            for (var j = 0; j < x.Length; j++)
            {
                var product = ExactMath.ToDouble(unit.Weights[j]) * x[j];
                argument += product;
                inner += Math.Abs(product);
            }

            if (double.IsInfinity(output) || double.IsNaN(inner) || double.IsInfinity(inner))
            {
                return double.PositiveInfinity;
            }

            // The engines' argument and the exact one both lie within argumentError of this one: when that
            // leaves them both negative, the unit adds an exact 0 everywhere and costs nothing.
            var argumentError = (argumentSlack * inner) + (2 * double.Epsilon * (1 + inputs + x.Length));
            if (argument < -2 * argumentError)
            {
                continue;
            }

            size += output * inner;
            underflow += (output * (1 + inputs)) + inner + x.Length + 1;
        }

        if (double.IsNaN(size) || double.IsInfinity(size) || double.IsInfinity(underflow))
        {
            return double.PositiveInfinity;
        }

        var n = network.Hidden.Length;
        var d = x.Length;
        var relative = (n + d + 6) * FloatArithmetic.UnitRoundoff * FloatArithmetic.Slack(n * (d + 2) + 4);
        return (relative * size) + (2 * double.Epsilon * underflow * FloatArithmetic.Slack(n * (d + 4)));
    }

    /// <summary>
    /// The piece table (<see cref="PieceTable.Evaluate"/>, the IL, C# and batch tables) at a finite x in row r:
    /// |ŷ − f(x)| ≤ εᵥ + εₑ + (εₘ + 3u·|mᵣ|)·|x ⊖ aᵣ| + u·|vᵣ| (times 1 + 24u for the rounding of the bound itself)
    /// + 4·2⁻¹⁰⁷⁴ (underflow in the engine and in the bound), where εᵥ and εₘ bound the rounding errors of vᵣ and mᵣ (exact, from the rationals), εₑ covers a
    /// point that a rounded knot sends just across its exact kink (|dₖ|·|tₖ − round(tₖ)|), and ⊖ is the rounded
    /// subtraction the engines perform. With the nearest anchor, |x − aᵣ| is at most half the distance to the
    /// next kink or zero, so the bound is small relative to |f| wherever f is not near a kink of another piece.
    /// +∞ for a point that is not finite (the engines then give the network's IEEE answer, see <see cref="PieceTable"/>)
    /// or when a number of the row, or a step of the computation, leaves the double range.
    /// </summary>
    public static double TableForm(PieceTable table, double x)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return double.PositiveInfinity;
        }

        var row = table.Rows[PieceTable.Locate(table.Knots.AsSpan(), x)];
        var offset = x - row.Anchor;
        var value = row.Value + (row.Slope * offset);
        if (double.IsNaN(value) || double.IsInfinity(value) || double.IsInfinity(offset))
        {
            return double.PositiveInfinity;
        }

        var u = FloatArithmetic.UnitRoundoff;
        var bound = row.ValueError + row.EdgeError + ((row.SlopeError + (3 * u * Math.Abs(row.Slope))) * Math.Abs(offset)) + (u * Math.Abs(row.Value));
        return double.IsNaN(bound) ? double.PositiveInfinity : (bound * FloatArithmetic.Slack(8)) + (4 * double.Epsilon);
    }
}
