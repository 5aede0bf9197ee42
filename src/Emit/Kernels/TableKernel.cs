using System;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Kernels;

/// <summary>
/// The batch piece table for one input: the branch-free search of <see cref="PieceTable.Locate"/> run on
/// four points at once with AVX2 gathers, then v + m·(x − a) lane-wise; NaN lanes give the input and
/// ±∞ lanes the table's limits, exactly as <see cref="PieceTable.Evaluate"/> does. Without AVX2, the scalar table.
/// </summary>
internal static unsafe class TableKernel
{
    /// <param name="table">The table, for the limits and the scalar fallback.</param>
    /// <param name="knots">The table's knots.</param>
    /// <param name="pieces">Anchor, value, slope of piece i at [3i], [3i + 1], [3i + 2].</param>
    /// <param name="xs">The points.</param>
    /// <param name="ys">The results, same length.</param>
    public static void Evaluate(PieceTable table, double[] knots, double[] pieces, ReadOnlySpan<double> xs, Span<double> ys)
    {
        var i = 0;
        if (Avx2.IsSupported && knots.Length > 0)
        {
            var below = Vector256.Create(table.LimitAtNegativeInfinity);
            var above = Vector256.Create(table.LimitAtPositiveInfinity);
            var infinity = Vector256.Create(double.PositiveInfinity);
            fixed (double* k = knots, p = pieces, px = xs, py = ys)
            {
                for (; i + 4 <= xs.Length; i += 4)
                {
                    var x = Vector256.Load(px + i);
                    var at = Vector256<long>.Zero;
                    var n = knots.Length;
                    while (n > 1)
                    {
                        var half = n >> 1;
                        var step = Vector256.Create((long)half);
                        var knot = Avx2.GatherVector256(k, at + step, 8);
                        at += Vector256.LessThanOrEqual(knot, x).AsInt64() & step;
                        n -= half;
                    }

                    // The mask is −1 where knot ≤ x: subtracting it adds one.
                    at -= Vector256.LessThanOrEqual(Avx2.GatherVector256(k, at, 8), x).AsInt64();
                    var slot = (at << 1) + at;
                    var anchor = Avx2.GatherVector256(p, slot, 8);
                    var value = Avx2.GatherVector256(p + 1, slot, 8);
                    var slope = Avx2.GatherVector256(p + 2, slot, 8);
                    var y = value + (slope * (x - anchor));
                    var limits = Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<double>.Zero), above, below);
                    y = Vector256.ConditionalSelect(Vector256.Equals(Vector256.Abs(x), infinity), limits, y);
                    y = Vector256.ConditionalSelect(Vector256.Equals(x, x), y, x);
                    y.Store(py + i);
                }
            }
        }

        for (; i < xs.Length; i++)
        {
            ys[i] = table.Evaluate(xs[i]);
        }
    }
}
