using System;
using System.Collections.Generic;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The fast half of the correctly rounded evaluator in one variable: the linear pieces, each split so that a
/// point is evaluated from the nearest of the piece's ends and its zero, y = v + m·(x − p), with a rigorous bound.
/// <para>
/// Anchors p are doubles, and v is the exact value of the piece's line at p rounded once, so x − p is the only
/// difference formed and it is as small as the piece allows: nothing cancels against a far kink, and a value near
/// a zero of the piece is computed relative to that zero. A point is used only when it provably lies in the
/// piece it was looked up in (between the knots rounded inward); points at a rounded knot, outside
/// [2⁻²⁰⁰, 2²⁰⁰] or not finite go exact.
/// </para>
/// <para>
/// Bound: |f − y| ≤ ev + em·|x − p| + |m̂|·|e₁| + |e₂| + |e₃|, where ev and em are the rounding errors of v and m
/// and e₁, e₂, e₃ the exact errors of the subtraction, product and sum (TwoSum, fused multiply-add).
/// </para>
/// </summary>
internal sealed class FilteredTable
{
    private readonly double[] _keys;
    private readonly Segment[] _segments;
    private readonly double _slack = FloatArithmetic.Slack(6);

    private FilteredTable(double[] keys, Segment[] segments)
    {
        _keys = keys;
        _segments = segments;
    }

    /// <summary>The table of a one-variable form.</summary>
    public static FilteredTable FromForm(UnivariateForm form)
    {
        var keys = new List<double>();
        var segments = new List<Segment>();
        var pieces = form.Pieces();
        foreach (var piece in pieces)
        {
            if (piece.From is { } from)
            {
                keys.Add(ExactMath.ToDouble(from));
            }

            var line = piece;
            var lowest = piece.From is { } a ? RoundUp(a) : double.NegativeInfinity;
            var highest = piece.To is { } b ? RoundDown(b) : double.PositiveInfinity;
            var anchors = new List<double>(3);
            if (piece.From is { } left)
            {
                anchors.Add(ExactMath.ToDouble(left));
            }

            if (!piece.Slope.IsZero)
            {
                var zero = (piece.Anchor - piece.ValueAtAnchor / piece.Slope).Reduce();
                if ((piece.From is not { } f || zero > f) && (piece.To is not { } t || zero < t))
                {
                    anchors.Add(ExactMath.ToDouble(zero));
                }
            }

            if (piece.To is { } right)
            {
                anchors.Add(ExactMath.ToDouble(right));
            }

            if (anchors.Count == 0)
            {
                anchors.Add(0.0); // a constant function: any anchor, the slope is 0
            }

            for (var k = 0; k < anchors.Count; k++)
            {
                if (k > 0)
                {
                    keys.Add(Midpoint(anchors[k - 1], anchors[k])); // the anchor switches half way
                }

                segments.Add(Segment.Create(line, anchors[k], lowest, highest));
            }
        }

        return new FilteredTable(keys.ToArray(), segments.ToArray());
    }

    /// <summary>The correctly rounded value at <paramref name="x"/>, when the bound proves it; false sends the caller to exact arithmetic.</summary>
    public bool TryEvaluate(double x, out double value)
    {
        value = 0;
        if (!FloatArithmetic.IsSafe(x))
        {
            return false;
        }

        var segment = _segments[PieceTable.Locate(_keys, x)];
        if (!segment.Usable || !(x >= segment.Lowest && x <= segment.Highest))
        {
            return false;
        }

        var offset = FloatArithmetic.TwoSum(x, -segment.Anchor, out var offsetError);
        var product = segment.Slope * offset;
        var productError = FloatArithmetic.ProductError(segment.Slope, offset, product);
        value = FloatArithmetic.TwoSum(segment.Value, product, out var sumError);
        var bound = segment.ValueError + segment.SlopeError * (Math.Abs(offset) + Math.Abs(offsetError))
            + Math.Abs(segment.Slope) * Math.Abs(offsetError) + Math.Abs(productError);
        bound = (bound * _slack + Math.Abs(sumError)) * _slack;
        if (bound < FloatArithmetic.HalfGap(value))
        {
            value += 0.0; // −0 becomes +0: the exact zero is unsigned
            return true;
        }

        return false;
    }

    private static double Midpoint(double a, double b) =>
        double.IsInfinity(a) ? b : double.IsInfinity(b) ? a : 0.5 * a + 0.5 * b;

    /// <summary>The smallest double ≥ <paramref name="exact"/>.</summary>
    private static double RoundUp(Fraction exact)
    {
        var rounded = ExactMath.ToDouble(exact);
        return !double.IsInfinity(rounded) && FloatArithmetic.ToFraction(rounded) < exact ? NextAway(rounded, up: true) : rounded;
    }

    /// <summary>The largest double ≤ <paramref name="exact"/>.</summary>
    private static double RoundDown(Fraction exact)
    {
        var rounded = ExactMath.ToDouble(exact);
        return !double.IsInfinity(rounded) && FloatArithmetic.ToFraction(rounded) > exact ? NextAway(rounded, up: false) : rounded;
    }

    private static double NextAway(double value, bool up)
    {
        if (value == 0)
        {
            return up ? double.Epsilon : -double.Epsilon;
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        return BitConverter.Int64BitsToDouble((value > 0) == up ? bits + 1 : bits - 1);
    }

    /// <summary>One anchored stretch of a piece: y = Value + Slope·(x − Anchor) for Lowest ≤ x ≤ Highest.</summary>
    private readonly struct Segment
    {
        private Segment(double anchor, double value, double valueError, double slope, double slopeError, double lowest, double highest)
        {
            Anchor = anchor;
            Value = value;
            ValueError = valueError;
            Slope = slope;
            SlopeError = slopeError;
            Lowest = lowest;
            Highest = highest;
            Usable = FloatArithmetic.IsSafe(anchor) && FloatArithmetic.IsSafe(value) && FloatArithmetic.IsSafe(slope)
                && !double.IsInfinity(valueError) && !double.IsInfinity(slopeError);
        }

        public double Anchor { get; }

        public double Value { get; }

        public double ValueError { get; }

        public double Slope { get; }

        public double SlopeError { get; }

        public double Lowest { get; }

        public double Highest { get; }

        public bool Usable { get; }

        public static Segment Create(LinearPiece piece, double anchor, double lowest, double highest)
        {
            if (double.IsInfinity(anchor))
            {
                return new Segment(0, 0, double.PositiveInfinity, 0, double.PositiveInfinity, lowest, highest);
            }

            var value = FloatArithmetic.Round(piece.Evaluate(FloatArithmetic.ToFraction(anchor)), out var valueError);
            var slope = FloatArithmetic.Round(piece.Slope, out var slopeError);
            return new Segment(anchor, value, valueError, slope, slopeError, lowest, highest);
        }
    }
}
