using System;
using System.Runtime.CompilerServices;

using ReluCompiler.Ir;
namespace ReluCompiler.Benchmarks.Infrastructure;

/// <summary>
/// The loops that call an engine once per point. AggressiveOptimization compiles them straight to optimized
/// code without a profile, so dynamic PGO cannot guess the delegate's target and inline it: every engine,
/// hand-written or generated, pays one real indirect call per point. Results go to an array rather than a
/// running sum, so no engine waits on the previous point's addition.
/// </summary>
internal static class Calls
{
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Unary(Func<double, double> f, double[] xs, double[] ys)
    {
        for (var i = 0; i < xs.Length; i++)
        {
            ys[i] = f(xs[i]);
        }
    }

    /// <summary>Four inputs per point, <paramref name="points"/> holding them point after point.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Quaternary(Func<double, double, double, double, double> f, double[] points, double[] ys)
    {
        for (var i = 0; i < ys.Length; i++)
        {
            var p = 4 * i;
            ys[i] = f(points[p], points[p + 1], points[p + 2], points[p + 3]);
        }
    }

    /// <summary>Like <see cref="Quaternary"/> through a span delegate.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Span(SpanEvaluator f, double[] points, int inputs, double[] ys)
    {
        for (var i = 0; i < ys.Length; i++)
        {
            ys[i] = f(points.AsSpan(inputs * i, inputs));
        }
    }
}
