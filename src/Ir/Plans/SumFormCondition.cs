using System;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// When is a kink "far"? When the sum form cancels at ordinary points: the plan's test for choosing the piece
/// table in one input whatever the size (issue 14), written down once so the docs, the plan and the tests agree.
/// <para>
/// Ordinary points are the unit box |xⱼ| ≤ 1 (normalised inputs of a trained model, the blog's examples; a
/// network meant for a wider range is a scaled one). There the sum form's error is at most about
/// (n + d + 6)·u·S₁ (<see cref="EvaluationErrorBound.SumForm"/>), with
/// S₁ = |c| + Σ |aᵢ|·(Σⱼ|wᵢⱼ| + |bᵢ|) over the units that can be active in the box (bᵢ &gt; −Σⱼ|wᵢⱼ|: a unit
/// inactive throughout the box gives exactly 0), while the function itself has scale W + |f(0)| there, with
/// W = Σ |aᵢ|·Σⱼ|wᵢⱼ| bounding how much it varies across the box. The condition is κ = S₁ / (W + |f(0)|).
/// A unit active at the origin whose kink lies at distance t ≫ 1 (|bᵢ/wᵢ| large) adds |aᵢwᵢ|·t to S₁; unless
/// the function itself is that large at the origin, that value cancels against the output bias or other
/// units (σ(x + 10¹⁷) − 10¹⁷ at 1), and κ ≈ t. A kink is <b>far</b> when κ exceeds <see cref="FarThreshold"/>.
/// </para>
/// </summary>
public static class SumFormCondition
{
    /// <summary>
    /// κ above 2¹⁰: the sum form would lose more than about ten bits at ordinary points (σ(1000 − x) − 1000 is
    /// just past it; trained networks with weights and biases of order 1 have κ of a few units).
    /// </summary>
    public const double FarThreshold = 1024;

    /// <summary>κ = S₁ / (W + |f(0)|) of <paramref name="network"/> (see the type); +∞ when the function is 0 on the box but the sum is not.</summary>
    /// <param name="network">The network whose sum form is judged.</param>
    /// <returns>At least 0; 1 for a network whose sum is 0 throughout the box; NaN never (an overflowing size counts as +∞).</returns>
    public static double Of(Network network)
    {
        if (network is null)
        {
            throw new ArgumentNullException(nameof(network));
        }

        var size = Math.Abs(ExactMath.ToDouble(network.OutputBias));
        var variation = 0.0;
        foreach (var unit in network.Hidden)
        {
            var reach = unit.Weights.Sum(w => Math.Abs(ExactMath.ToDouble(w)));
            var bias = ExactMath.ToDouble(unit.Bias);
            var output = Math.Abs(ExactMath.ToDouble(unit.OutputWeight));
            variation += output * reach;
            if (bias > -reach)
            {
                size += output * (reach + Math.Abs(bias));
            }
        }

        var atOrigin = Math.Abs(ExactMath.ToDouble(network.Evaluate(Enumerable.Repeat(Fraction.Zero, network.Inputs.Length).ToArray().AsSpan())));
        var scale = variation + atOrigin;
        if (size == 0)
        {
            return 1;
        }

        var condition = size / scale;
        return double.IsNaN(condition) ? double.PositiveInfinity : condition;
    }

    /// <summary>Whether <paramref name="network"/> has a far kink: κ &gt; <see cref="FarThreshold"/>.</summary>
    public static bool HasFarKink(Network network) => !(Of(network) <= FarThreshold);
}
