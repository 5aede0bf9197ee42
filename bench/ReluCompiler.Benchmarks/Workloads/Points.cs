using System;

namespace ReluCompiler.Benchmarks.Workloads;

/// <summary>
/// Pre-generated inputs: many different points per invocation, uniformly over every piece, so that no
/// engine is flattered by a branch predictor that has learnt one point.
/// </summary>
public static class Points
{
    /// <summary>Points per invocation in the one-call suites (their OperationsPerInvoke).</summary>
    public const int PerInvocation = 1024;

    /// <summary><paramref name="count"/> doubles uniform in [from, to), seeded.</summary>
    public static double[] Uniform(int count, double from, double to, int seed = 7)
    {
        var random = new Random(seed);
        var points = new double[count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = from + ((to - from) * random.NextDouble());
        }

        return points;
    }
}
