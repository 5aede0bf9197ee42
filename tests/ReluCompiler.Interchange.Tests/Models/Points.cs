using System;
using System.Linq;

namespace ReluCompiler.Interchange.Tests.Models;

/// <summary>Random float32-representable points, so float and double models see the same inputs.</summary>
internal static class Points
{
    public static double[][] Random(int seed, int width, int count = 64, double range = 3) =>
        Enumerable.Range(0, count)
            .Select(_ => new Random(seed++))
            .Select(r => Enumerable.Range(0, width).Select(_ => (double)(float)((r.NextDouble() * 2 * range) - range)).ToArray())
            .ToArray();
}
