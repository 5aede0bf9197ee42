using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.Workloads;

/// <summary>
/// The 8-unit network in 4 inputs (x1 … x4). Every hyperplane already leads with weight 1 and all units face
/// right, so the smallest network is exactly these units; <see cref="HandWritten.FourInputsByHand"/>
/// writes the same numbers out by hand.
/// </summary>
public static class FourInputs
{
    /// <summary>w1, w2, w3, w4, bias, output weight for each unit.</summary>
    internal static readonly double[][] Units =
    [
        [1, 2, -1, 0.5, -1, 2],
        [1, -1, 0, 2, 0.5, -1],
        [0, 1, 3, -2, 1, 1.5],
        [1, 0.5, 0.5, -1, -2, -3],
        [0, 0, 1, 1, -0.5, 2.5],
        [1, -2, 1, 1, 1, -0.5],
        [0, 1, -1, -1, 0, 1],
        [1, 1, 1, 1, -3, -2],
    ];

    /// <summary>The output bias.</summary>
    internal const double OutputBias = 0.25;

    /// <summary>The inputs, in input (name) order.</summary>
    public static ImmutableArray<string> Inputs { get; } = ["x1", "x2", "x3", "x4"];

    /// <summary>The expression as IR: 1/4 + Σ a·σ(w·x + b).</summary>
    public static ReluSum Sum()
    {
        var terms = Units.Select(u => new ReluTerm(
            Exact(u[5]),
            AffineForm.Create(Inputs.Select((name, j) => new LinearTerm(name, Exact(u[j]))), Exact(u[4]))));
        return new ReluSum(AffineForm.FromConstant(Exact(OutputBias)), [.. terms]);
    }

    /// <summary>The quarters above as exact fractions.</summary>
    private static Fraction Exact(double value) => new Fraction((long)(value * 4), 4).Reduce();
}
