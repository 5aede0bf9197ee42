using System;
using static ReluCompiler.Benchmarks.HandWritten.ByHand;

namespace ReluCompiler.Benchmarks.HandWritten;

/// <summary>The numbers of <see cref="Workloads.FourInputs"/> typed in by hand: the limit for 8 units in 4 inputs.</summary>
internal static class FourInputsByHand
{
    public static double Evaluate(double x1, double x2, double x3, double x4) =>
        0.25
        + (2 * Relu(x1 + (2 * x2) - x3 + (0.5 * x4) - 1))
        - Relu(x1 - x2 + (2 * x4) + 0.5)
        + (1.5 * Relu(x2 + (3 * x3) - (2 * x4) + 1))
        - (3 * Relu(x1 + (0.5 * x2) + (0.5 * x3) - x4 - 2))
        + (2.5 * Relu(x3 + x4 - 0.5))
        - (0.5 * Relu(x1 - (2 * x2) + x3 + x4 + 1))
        + Relu(x2 - x3 - x4)
        - (2 * Relu(x1 + x2 + x3 + x4 - 3));

    /// <summary>The same over a span, the shape the IL compiler offers past two inputs.</summary>
    public static double Evaluate(ReadOnlySpan<double> x)
    {
        if (x.Length != 4)
        {
            throw new ArgumentException("Four inputs are needed.", nameof(x));
        }

        return Evaluate(x[0], x[1], x[2], x[3]);
    }
}
