using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Kernels;

/// <summary>
/// The batch piece table for one input: the branch-free search of <see cref="PieceTable.Locate"/> run on
/// eight points at once (two Vector256) with AVX2 gathers, then v + m·(x − a) lane-wise; NaN lanes give the
/// input and ±∞ lanes the table's limits, exactly as <see cref="PieceTable.Evaluate"/> does. Without AVX2, the scalar table.
/// Keep in step with src/Emit/Il/IlEmitter.PieceTable.cs and src/CSharp/CSharpEmitter.PieceTable.cs: the same
/// knots and (anchor, value, slope) rows from the plan, anchored at each piece's nearest end or zero.
/// <para>
/// Measured (bench/, BatchCrossoverBenchmarks): every search step waits for the previous step's gather, so
/// two independent searches are interleaved to overlap those latencies, and the first two steps, whose
/// knot is one of one or two known values, use broadcasts instead of gathers.
/// </para>
/// </summary>
internal static unsafe class TableKernel
{
    /// <param name="table">The table, for the limits and the scalar fallback.</param>
    /// <param name="knots">The table's knots.</param>
    /// <param name="pieces">Anchor, value, slope of row r at [3r], [3r + 1], [3r + 2].</param>
    /// <param name="xs">The points.</param>
    /// <param name="ys">The results, same length.</param>
    public static void Evaluate(PieceTable table, double[] knots, double[] pieces, ReadOnlySpan<double> xs, Span<double> ys)
    {
        var i = 0;
        if (Avx2.IsSupported && knots.Length > 0)
        {
            var limits = new Limits(table);
            fixed (double* k = knots, p = pieces, px = xs, py = ys)
            {
                for (; i + 8 <= xs.Length; i += 8)
                {
                    var x0 = Vector256.Load(px + i);
                    var x1 = Vector256.Load(px + i + 4);
                    var (at0, at1) = Locate(k, knots.Length, x0, x1);
                    Pieces(p, at0, x0, limits).Store(py + i);
                    Pieces(p, at1, x1, limits).Store(py + i + 4);
                }

                for (; i + 4 <= xs.Length; i += 4)
                {
                    var x = Vector256.Load(px + i);
                    Pieces(p, Locate(k, knots.Length, x, x).First, x, limits).Store(py + i);
                }
            }
        }

        for (; i < xs.Length; i++)
        {
            ys[i] = table.Evaluate(xs[i]);
        }
    }

    /// <summary>
    /// The number of knots ≤ x in every lane of two vectors (NaN counts none), as <see cref="PieceTable.Locate"/>:
    /// the interval lengths depend only on the count, so both searches take the same steps side by side.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<long> First, Vector256<long> Second) Locate(double* k, int count, Vector256<double> x0, Vector256<double> x1)
    {
        var at0 = Vector256<long>.Zero;
        var at1 = Vector256<long>.Zero;
        var n = count;
        var step = 0;
        var firstHalf = 0L;
        while (n > 1)
        {
            var half = n >> 1;
            var offset = Vector256.Create((long)half);
            Vector256<double> knot0, knot1;
            if (step == 0)
            {
                // Every lane starts at 0: the knot is k[half] for all of them.
                knot0 = knot1 = Vector256.Create(k[half]);
                firstHalf = half;
            }
            else if (step == 1)
            {
                // Each lane is at 0 or at the first half: one of two known knots.
                var low = Vector256.Create(k[half]);
                var high = Vector256.Create(k[firstHalf + half]);
                knot0 = Vector256.ConditionalSelect(Vector256.Equals(at0, Vector256<long>.Zero).AsDouble(), low, high);
                knot1 = Vector256.ConditionalSelect(Vector256.Equals(at1, Vector256<long>.Zero).AsDouble(), low, high);
            }
            else
            {
                knot0 = Avx2.GatherVector256(k, at0 + offset, 8);
                knot1 = Avx2.GatherVector256(k, at1 + offset, 8);
            }

            at0 += Vector256.LessThanOrEqual(knot0, x0).AsInt64() & offset;
            at1 += Vector256.LessThanOrEqual(knot1, x1).AsInt64() & offset;
            n -= half;
            step++;
        }

        // The mask is −1 where knot ≤ x: subtracting it adds one.
        at0 -= Vector256.LessThanOrEqual(Avx2.GatherVector256(k, at0, 8), x0).AsInt64();
        at1 -= Vector256.LessThanOrEqual(Avx2.GatherVector256(k, at1, 8), x1).AsInt64();
        return (at0, at1);
    }

    /// <summary>v + m·(x − a) of piece <paramref name="at"/> in each lane, then the ±∞ and NaN lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Pieces(double* p, Vector256<long> at, Vector256<double> x, Limits limits)
    {
        var slot = (at << 1) + at;
        var anchor = Avx2.GatherVector256(p, slot, 8);
        var value = Avx2.GatherVector256(p + 1, slot, 8);
        var slope = Avx2.GatherVector256(p + 2, slot, 8);
        var y = value + (slope * (x - anchor));
        var outer = Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<double>.Zero), limits.Above, limits.Below);
        y = Vector256.ConditionalSelect(Vector256.Equals(Vector256.Abs(x), limits.Infinity), outer, y);
        return Vector256.ConditionalSelect(Vector256.Equals(x, x), y, x);
    }

    /// <summary>The table's values at ±∞, broadcast once per call.</summary>
    private readonly struct Limits(PieceTable table)
    {
        public Vector256<double> Below { get; } = Vector256.Create(table.LimitAtNegativeInfinity);

        public Vector256<double> Above { get; } = Vector256.Create(table.LimitAtPositiveInfinity);

        public Vector256<double> Infinity { get; } = Vector256.Create(double.PositiveInfinity);
    }
}
