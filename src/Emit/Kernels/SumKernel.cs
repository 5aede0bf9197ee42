using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Kernels;

/// <summary>
/// The batch sum form for one input: ys = c + Σᵢ aᵢ·σ(wᵢ·x + bᵢ), four points per Vector256, sixteen in
/// flight. Every lane does the scalar contract's operations in its order (multiply, add, σ, multiply,
/// add, never fused), so lanes match <see cref="Network.Evaluate(ReadOnlySpan{double})"/> bit for bit.
/// <para>
/// Measured (bench/, BatchCrossoverBenchmarks): each point's sum is one chain of dependent additions, so
/// with two vectors in flight the kernel waited on the adder's latency; four independent vectors fill it.
/// </para>
/// </summary>
internal static class SumKernel
{
    public static void Evaluate(EvaluationPlan arrays, ReadOnlySpan<double> xs, Span<double> ys)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && arrays.UnitCount > 0)
        {
            ref var x = ref MemoryMarshal.GetReference(xs);
            ref var y = ref MemoryMarshal.GetReference(ys);
            for (; i + 16 <= xs.Length; i += 16)
            {
                Four(arrays, ref Unsafe.Add(ref x, i), ref Unsafe.Add(ref y, i));
            }

            for (; i + 4 <= xs.Length; i += 4)
            {
                One(arrays, Vector256.LoadUnsafe(ref x, (nuint)i)).StoreUnsafe(ref y, (nuint)i);
            }
        }

        for (; i < xs.Length; i++)
        {
            ys[i] = Scalar(arrays, xs[i]);
        }
    }

    /// <summary>Sixteen points: four independent chains of additions keep the adders busy.</summary>
    private static void Four(EvaluationPlan arrays, ref double x, ref double y)
    {
        var x0 = Vector256.LoadUnsafe(ref x);
        var x1 = Vector256.LoadUnsafe(ref x, 4);
        var x2 = Vector256.LoadUnsafe(ref x, 8);
        var x3 = Vector256.LoadUnsafe(ref x, 12);
        ref var w = ref MemoryMarshal.GetArrayDataReference(arrays.Weights);
        ref var b = ref MemoryMarshal.GetArrayDataReference(arrays.Biases);
        ref var a = ref MemoryMarshal.GetArrayDataReference(arrays.OutputWeights);
        var sum0 = Vector256.Create(arrays.OutputBias);
        var sum1 = sum0;
        var sum2 = sum0;
        var sum3 = sum0;
        for (nint u = 0; u < arrays.UnitCount; u++)
        {
            var wu = Vector256.Create(Unsafe.Add(ref w, u));
            var bu = Vector256.Create(Unsafe.Add(ref b, u));
            var au = Vector256.Create(Unsafe.Add(ref a, u));
            sum0 += au * Relu((wu * x0) + bu);
            sum1 += au * Relu((wu * x1) + bu);
            sum2 += au * Relu((wu * x2) + bu);
            sum3 += au * Relu((wu * x3) + bu);
        }

        sum0.StoreUnsafe(ref y);
        sum1.StoreUnsafe(ref y, 4);
        sum2.StoreUnsafe(ref y, 8);
        sum3.StoreUnsafe(ref y, 12);
    }

    private static Vector256<double> One(EvaluationPlan arrays, Vector256<double> x)
    {
        var sum = Vector256.Create(arrays.OutputBias);
        for (var u = 0; u < arrays.UnitCount; u++)
        {
            sum += Vector256.Create(arrays.OutputWeights[u]) * Relu((Vector256.Create(arrays.Weights[u]) * x) + Vector256.Create(arrays.Biases[u]));
        }

        return sum;
    }

    private static double Scalar(EvaluationPlan arrays, double x)
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

    /// <summary>
    /// σ lane-wise. With AVX, one vmaxpd(0, z): it returns its second operand z when z is NaN or either is
    /// a zero, so NaN stays NaN and only σ(−0) differs from the scalar's +0, as −0; that cannot change the
    /// output, because the sum starts at c = +0 or non-zero and x + (±0) = x for x ≠ 0 while +0 + (±0) = +0.
    /// Otherwise z where z &gt; 0 or z is NaN, else +0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Relu(Vector256<double> z) =>
        Avx.IsSupported
            ? Avx.Max(Vector256<double>.Zero, z)
            : Vector256.ConditionalSelect(Vector256.GreaterThan(z, Vector256<double>.Zero) | ~Vector256.Equals(z, z), z, Vector256<double>.Zero);
}
