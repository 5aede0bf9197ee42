using System;

namespace ReluCompiler.Benchmarks.Workloads;

/// <summary>
/// Pre-generated inputs: many different points per invocation, uniformly over every piece, so that no
/// engine is flattered by a branch predictor that has learnt one point.
/// </summary>
public static class Points
{
    /// <summary>
    /// Points per invocation in the one-call suites (their OperationsPerInvoke). Measured on this machine, a
    /// branch predictor learns a repeated sequence of 1,024 or even 16,384 points (a 6-unit sum with branches ran
    /// 3 ns per call on 1,024 points, 10.6 on 65,536); 65,536 points (512 KiB) it cannot, and they stay in L2.
    /// </summary>
    public const int PerInvocation = 65_536;

    /// <summary>Points per invocation for the interpreter, which is thousands of times slower and has no data-dependent branch worth hiding.</summary>
    public const int PerInterpreterInvocation = 1024;

    /// <summary><paramref name="count"/> points uniform over every piece of a one-input network (<see cref="Sums.Span"/>), seeded.</summary>
    public static double[] Across(ReluCompiler.Ir.Network network, int count = PerInvocation)
    {
        var (from, to) = Sums.Span(network);
        return Uniform(count, from, to);
    }

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
