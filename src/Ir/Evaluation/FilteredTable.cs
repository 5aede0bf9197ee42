using System;
using System.Runtime.InteropServices;

namespace ReluCompiler.Ir;

/// <summary>
/// The fast half of the correctly rounded evaluator in one variable: the rows of <see cref="PieceTable"/>
/// (each point evaluated from the nearest of its piece's ends and its zero, y = v + m·(x − a)), the same table
/// the compiled engines read, with a rigorous bound that uses the exact values.
/// <para>
/// A point is used only when it provably lies in the piece it was looked up in (between the piece's knots
/// rounded inward), so the table's edge error does not arise; points at a rounded knot, outside
/// [2⁻²⁰⁰, 2²⁰⁰] or not finite go exact.
/// </para>
/// <para>
/// Bound: |f − y| ≤ ev + em·|x − a| + |m̂|·|e₁| + |e₂| + |e₃|, where ev and em bound the rounding errors of v and m
/// and e₁, e₂, e₃ are the exact errors of the subtraction, product and sum (TwoSum, fused multiply-add).
/// </para>
/// </summary>
internal sealed class FilteredTable
{
    private readonly double[] _knots;
    private readonly PieceTable.Row[] _rows;
    private readonly bool[] _usable;
    private readonly double[] _valueErrors;
    private readonly double[] _slopeErrors;
    private readonly double _slack = FloatArithmetic.Slack(6);

    private FilteredTable(PieceTable table)
    {
        // The table is dropped after this: its arrays are taken, not copied.
        _knots = ImmutableCollectionsMarshal.AsArray(table.Knots)!;
        _rows = ImmutableCollectionsMarshal.AsArray(table.Rows)!;
        _usable = Array.ConvertAll(_rows, r => FloatArithmetic.IsSafe(r.Anchor) && FloatArithmetic.IsSafe(r.Value) && FloatArithmetic.IsSafe(r.Slope)
            && !double.IsInfinity(r.ValueError) && !double.IsInfinity(r.SlopeError));
        _valueErrors = Array.ConvertAll(_rows, r => Floor(r.ValueError));
        _slopeErrors = Array.ConvertAll(_rows, r => Floor(r.SlopeError));
    }

    /// <summary>The table of a one-variable form.</summary>
    public static FilteredTable FromForm(CanonicalForm form) => new(PieceTable.FromForm(form));

    /// <summary>The correctly rounded value at <paramref name="x"/>, when the bound proves it; false sends the caller to exact arithmetic.</summary>
    public bool TryEvaluate(double x, out double value)
    {
        value = 0;
        if (!FloatArithmetic.IsSafe(x))
        {
            return false;
        }

        var r = PieceTable.Locate(_knots, x);
        var row = _rows[r];
        if (!_usable[r] || !(x >= row.Lowest && x <= row.Highest))
        {
            return false;
        }

        var offset = FloatArithmetic.TwoSum(x, -row.Anchor, out var offsetError);
        var product = row.Slope * offset;
        var productError = FloatArithmetic.ProductError(row.Slope, offset, product);
        value = FloatArithmetic.TwoSum(row.Value, product, out var sumError);
        var bound = _valueErrors[r] + _slopeErrors[r] * (Math.Abs(offset) + Math.Abs(offsetError))
            + Math.Abs(row.Slope) * Math.Abs(offsetError) + Math.Abs(productError);
        bound = (bound * _slack + Math.Abs(sumError)) * _slack;
        if (bound < FloatArithmetic.HalfGap(value))
        {
            value += 0.0; // −0 becomes +0: the exact zero is unsigned
            return true;
        }

        return false;
    }

    /// <summary>A non-zero error no smaller than 2⁻²⁵³, so that its products with safe-range values cannot underflow to 0.</summary>
    private static double Floor(double error) => error == 0 ? 0 : Math.Max(error, FloatArithmetic.SafeMinimum * FloatArithmetic.UnitRoundoff);
}
