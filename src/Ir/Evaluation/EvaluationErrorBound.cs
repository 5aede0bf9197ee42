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
    /// |ŷ − f(x)| ≤ (n + d + 6)·u·S(x) + (n + 1)(d + 1)·2⁻¹⁰⁷⁴ with u = 2⁻⁵³ and
    /// S(x) = |c| + Σᵢ |aᵢ|·(Σⱼ |wᵢⱼ·xⱼ| + |bᵢ|) over the rounded coefficients (standard γₙ analysis, Higham §3.1,
    /// each coefficient's own rounding counted as one more relative error; the last term covers underflow).
    /// +∞ when S(x) overflows (the sum may then be ∞ − ∞) or a coefficient rounds to ±∞.
    /// </summary>
    public static double SumForm(Network network, ReadOnlySpan<double> x)
    {
        if (network is null)
        {
            throw new ArgumentNullException(nameof(network));
        }

        var size = Math.Abs(ExactMath.ToDouble(network.OutputBias));
        foreach (var unit in network.Hidden)
        {
            var inner = Math.Abs(ExactMath.ToDouble(unit.Bias));
            for (var j = 0; j < x.Length; j++)
            {
                inner += Math.Abs(ExactMath.ToDouble(unit.Weights[j]) * x[j]);
            }

            size += Math.Abs(ExactMath.ToDouble(unit.OutputWeight)) * inner;
        }

        if (double.IsNaN(size) || double.IsInfinity(size))
        {
            return double.PositiveInfinity;
        }

        var n = network.Hidden.Length;
        var d = x.Length;
        var relative = (n + d + 6) * FloatArithmetic.UnitRoundoff * FloatArithmetic.Slack(n * (d + 2) + 4);
        return relative * size + (n + 1) * (d + 1) * double.Epsilon * 2;
    }
}
