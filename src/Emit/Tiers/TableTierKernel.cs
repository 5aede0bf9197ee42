using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Tiers;

/// <summary>
/// The first tier's piece table over the plan's arrays. Keep in step with src/Emit/Il/IlEmitter.PieceTable.cs
/// (EmitPieceTable, EmitSearchStep) and with <see cref="PieceTable.Evaluate"/>: non-finite x first (NaN gives x,
/// ±∞ the table's limits), then the branch-free search (interval lengths from the knot count only, each step
/// adding <c>half·(knot ≤ x ? 1 : 0)</c>, a flag rather than a jump), then v + m·(x − a) of the piece found,
/// anchored as the plan's <see cref="EvaluationPlan.Pieces"/> say.
/// <para>
/// The search index stays in [0, K] and the pieces hold 3·(K + 1) doubles (checked once in the constructor),
/// so the arrays are read without bounds checks.
/// </para>
/// </summary>
internal readonly struct TableTierKernel : ITierKernel
{
    private readonly double[] _knots;
    private readonly double[] _pieces;
    private readonly double _below;
    private readonly double _above;

    public TableTierKernel(EvaluationPlan plan)
    {
        if (!plan.UsesPieceTable || plan.InputCount != 1 || plan.Pieces.Length != 3 * (plan.Knots.Length + 1))
        {
            throw new ArgumentException("The plan has no piece table of one input with 3·(K + 1) piece values.", nameof(plan));
        }

        _knots = plan.Knots;
        _pieces = plan.Pieces;
        _below = plan.LimitAtNegativeInfinity;
        _above = plan.LimitAtPositiveInfinity;
    }

    public int InputCount => 1;

    /// <summary>Inlined into <see cref="FirstTier{TKernel}"/>'s entry point, so a call costs one delegate call as the IL's does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Evaluate(double x)
    {
        if (!double.IsFinite(x))
        {
            return double.IsNaN(x) ? x : x > 0 ? _above : _below;
        }

        ref var k = ref MemoryMarshal.GetArrayDataReference(_knots);
        nint at = 0;
        nint n = _knots.Length;
        while (n > 1)
        {
            var half = n >> 1;
            at += half * (Unsafe.Add(ref k, at + half) <= x ? 1 : 0);
            n -= half;
        }

        if (n == 1)
        {
            at += Unsafe.Add(ref k, at) <= x ? 1 : 0;
        }

        ref var piece = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_pieces), 3 * at);
        return Unsafe.Add(ref piece, 1) + (Unsafe.Add(ref piece, 2) * (x - piece));
    }

    public double Evaluate(double x0, double x1) => throw new UnreachableException("A piece table has one input.");

    public double Evaluate(ReadOnlySpan<double> inputs) => Evaluate(inputs[0]);
}
