using System;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Interchange.Tests.Models;

/// <summary>
/// How far a float evaluation of a network may be from its exact value, the bound the tests hold ONNX Runtime
/// to: |ŷ − y| ≤ 2·(d + k + 8)·u·M(x) with M(x) = |c| + Σⱼ |aⱼ|·(|bⱼ| + Σᵢ |wⱼᵢ·xᵢ|) and u the unit roundoff
/// (2⁻²⁴ for float, 2⁻⁵³ for double). The classical dot-product bound γₙ·Σ|terms| over both layers needs
/// n = d + k + 2 roundings; the rest is margin for alpha/beta products and summation order (BLAS blocks, FMA).
/// </summary>
internal static class RoundingBound
{
    public static double Of(Network network, double[] point, bool useDouble)
    {
        var u = useDouble ? Math.ScaleB(1.0, -53) : Math.ScaleB(1.0, -24);
        var magnitude = Math.Abs(ExactMath.ToDouble(network.OutputBias));
        foreach (var unit in network.Hidden)
        {
            var inner = Math.Abs(ExactMath.ToDouble(unit.Bias)) + unit.Weights.Select((w, i) => Math.Abs(ExactMath.ToDouble(w) * point[i])).Sum();
            magnitude += Math.Abs(ExactMath.ToDouble(unit.OutputWeight)) * inner;
        }

        return 2 * (network.Inputs.Length + network.Hidden.Length + 8) * u * magnitude;
    }

    /// <summary>The exact value of a network at a double point.</summary>
    public static Fraction Exact(Network network, double[] point) =>
        network.Evaluate(point.Select(RandomNetwork.Exact).ToArray());
}
