using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Kernels;

/// <summary>
/// The batch sum form for one input: ys = c + Σᵢ aᵢ·σ(wᵢ·x + bᵢ), four points per Vector256, eight in
/// flight. Every lane does the scalar contract's operations in its order (multiply, add, σ, multiply,
/// add, never fused), so lanes match <see cref="Network.Evaluate(ReadOnlySpan{double})"/> bit for bit.
/// </summary>
internal static class SumKernel
{
    public static void Evaluate(NetworkArrays arrays, ReadOnlySpan<double> xs, Span<double> ys)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && arrays.UnitCount > 0)
        {
            ref var x = ref MemoryMarshal.GetReference(xs);
            ref var y = ref MemoryMarshal.GetReference(ys);
            for (; i + 8 <= xs.Length; i += 8)
            {
                var (low, high) = Pair(arrays, Vector256.LoadUnsafe(ref x, (nuint)i), Vector256.LoadUnsafe(ref x, (nuint)(i + 4)));
                low.StoreUnsafe(ref y, (nuint)i);
                high.StoreUnsafe(ref y, (nuint)(i + 4));
            }

            for (; i + 4 <= xs.Length; i += 4)
            {
                Pair(arrays, Vector256.LoadUnsafe(ref x, (nuint)i), default).Low.StoreUnsafe(ref y, (nuint)i);
            }
        }

        for (; i < xs.Length; i++)
        {
            ys[i] = Scalar(arrays, xs[i]);
        }
    }

    /// <summary>Two vectors at once: independent chains keep both multipliers busy.</summary>
    private static (Vector256<double> Low, Vector256<double> High) Pair(NetworkArrays arrays, Vector256<double> x0, Vector256<double> x1)
    {
        var w = arrays.Weights;
        var b = arrays.Biases;
        var a = arrays.OutputWeights;
        var sum0 = Vector256.Create(arrays.OutputBias);
        var sum1 = sum0;
        for (var u = 0; u < b.Length; u++)
        {
            var wu = Vector256.Create(w[u]);
            var bu = Vector256.Create(b[u]);
            var au = Vector256.Create(a[u]);
            sum0 += au * Relu((wu * x0) + bu);
            sum1 += au * Relu((wu * x1) + bu);
        }

        return (sum0, sum1);
    }

    private static double Scalar(NetworkArrays arrays, double x)
    {
        if (arrays.UnitCount == 0)
        {
            // No unit reads x; NaN still gives NaN, as in Network.Evaluate.
            return double.IsNaN(x) ? x : arrays.OutputBias;
        }

        var sum = arrays.OutputBias;
        for (var u = 0; u < arrays.Biases.Length; u++)
        {
            sum += arrays.OutputWeights[u] * Activation.Relu((arrays.Weights[u] * x) + arrays.Biases[u]);
        }

        return sum;
    }

    /// <summary>σ lane-wise: z where z &gt; 0 or z is NaN, else +0 (Vector256.Max would not keep NaN in every lane order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Relu(Vector256<double> z) =>
        Vector256.ConditionalSelect(Vector256.GreaterThan(z, Vector256<double>.Zero) | ~Vector256.Equals(z, z), z, Vector256<double>.Zero);
}
