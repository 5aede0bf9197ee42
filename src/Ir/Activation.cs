using System;
using System.Runtime.CompilerServices;

namespace ReluCompiler.Ir;

/// <summary>σ(z) = max(0, z) on doubles, with the NaN rule every engine shares.</summary>
public static class Activation
{
    /// <summary>
    /// σ(z): z when z &gt; 0, else +0 (−0 included); NaN stays NaN. The emitted IL inlines this method and the
    /// emitted C# writes the same <c>Math.Max(0.0, z)</c>, so all engines agree bit for bit.
    /// Written as Math.Max(0, z) (IEEE maximum: NaN propagates, +0 &gt; −0) because the JIT compiles that
    /// without a branch, and the IL delegates inline it: measured (bench/), on points that a branch predictor
    /// cannot learn the comparison's mispredictions made a 6-unit straight-line sum about three times slower.
    /// </summary>
    /// <param name="z">The pre-activation w·x + b; any double.</param>
    /// <returns>max(0, z), NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Relu(double z) => Math.Max(0.0, z);
}
