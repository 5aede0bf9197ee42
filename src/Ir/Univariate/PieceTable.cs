using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The linear pieces of a one-variable function as doubles, for O(log K) evaluation
/// by y = vᵣ + mᵣ·(x − aᵣ) where r is the number of knots ≤ x.
/// <para>
/// Anchoring: each piece is split into rows, one per anchor among its finite left end, its zero
/// (when strictly inside) and its finite right end, and a point uses the row of the nearest anchor: the knots
/// are the breakpoints and, inside a piece, the midpoints between consecutive anchors. So x − aᵣ is never
/// longer than half the way to a kink or a zero: nothing cancels against a far kink (x + σ(−x − 10¹⁷) is
/// exactly 1 at 1), and a value near a zero is computed relative to that zero. Every anchor is a double;
/// vᵣ (the piece's exact value there) and mᵣ are the exact rationals rounded once (<see cref="ExactMath.ToDouble"/>).
/// A piece whose ends lie beyond the double range and which has no zero is anchored at 0. The search and the
/// formula do not change with the anchoring: only the arrays do.
/// </para>
/// <para>
/// Non-finite inputs: NaN gives NaN (the input itself). ±∞ gives <see cref="LimitAtNegativeInfinity"/> and
/// <see cref="LimitAtPositiveInfinity"/>: for a table made from a network, what that network's sum gives there
/// in IEEE arithmetic (σ(x) − σ(x − 1) at +∞ is ∞ − ∞ = NaN), so every engine of one network answers ±∞
/// alike, whichever form it computes; for a table made from a form, the limit of the outer piece.
/// Every table engine (this class, the IL table strategy, the emitted C#, the batch kernel) computes exactly
/// this, in this order; <see cref="EvaluationErrorBound.TableForm"/> bounds its error.
/// </para>
/// </summary>
public sealed class PieceTable
{
    private PieceTable(List<double> knots, List<Row> rows, (double Negative, double Positive)? atInfinity)
    {
        Knots = ImmutableArray.CreateRange(knots);
        Anchors = ImmutableArray.CreateRange(rows.ConvertAll(r => r.Anchor));
        Values = ImmutableArray.CreateRange(rows.ConvertAll(r => r.Value));
        Slopes = ImmutableArray.CreateRange(rows.ConvertAll(r => r.Slope));
        Rows = ImmutableArray.CreateRange(rows);
        LimitAtNegativeInfinity = atInfinity?.Negative ?? Limit(Slopes[0], Values[0], towardsPositive: false);
        LimitAtPositiveInfinity = atInfinity?.Positive ?? Limit(Slopes[^1], Values[^1], towardsPositive: true);
    }

    /// <summary>
    /// The search keys, ascending: every breakpoint (rounded; two may round to the same double) and, between two
    /// anchors of one piece, their midpoint. Row r serves the points with exactly r knots at or left of them.
    /// </summary>
    public ImmutableArray<double> Knots { get; }

    /// <summary>Each row's anchor aᵣ: a finite end of its piece or the piece's zero, rounded (0 when the piece has none).</summary>
    public ImmutableArray<double> Anchors { get; }

    /// <summary>Each row's value at its anchor, vᵣ = exact value of the piece's line at aᵣ, rounded once.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Each row's slope mᵣ (its piece's), exact then rounded once.</summary>
    public ImmutableArray<double> Slopes { get; }

    /// <summary>The number of rows, one more than the number of knots (at least the number of pieces).</summary>
    public int RowCount => Anchors.Length;

    /// <summary>The answer at −∞: the network's sum there, or for a table from a form −∞ or +∞ when the left piece slopes, else its value.</summary>
    public double LimitAtNegativeInfinity { get; }

    /// <summary>The answer at +∞: the network's sum there, or for a table from a form +∞ or −∞ when the right piece slopes, else its value.</summary>
    public double LimitAtPositiveInfinity { get; }

    /// <summary>Each row with the exact facts behind it: its piece's ends and the rounding errors of its numbers.</summary>
    internal ImmutableArray<Row> Rows { get; }

    /// <summary>The table of a one-variable canonical form (from its <see cref="UnivariateView.Pieces"/>).</summary>
    /// <param name="form">A form in at most one variable.</param>
    /// <returns>Its table; at ±∞ the limit of the outer piece.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="form"/> depends on more than one variable.</exception>
    public static PieceTable FromForm(CanonicalForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!form.IsUnivariate)
        {
            throw new ArgumentException(
                $"A piece table needs a function of one variable, but this one has {form.Variables.Length} ({string.Join(", ", form.Variables)}).",
                nameof(form));
        }

        return FromForm(form.ToUnivariate(), atInfinity: null);
    }

    private static PieceTable FromForm(UnivariateView form, (double Negative, double Positive)? atInfinity)
    {
        var knots = new List<double>(2 * form.Breakpoints.Length + 2);
        var rows = new List<Row>(knots.Capacity + 1);
        var pieces = form.Pieces();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                knots.Add(ExactMath.ToDouble(form.Breakpoints[i - 1].At));
            }

            var anchors = AnchorsOf(pieces[i]);
            var edge = EdgeError(form, i);
            for (var k = 0; k < anchors.Count; k++)
            {
                if (k > 0)
                {
                    knots.Add((0.5 * anchors[k - 1]) + (0.5 * anchors[k])); // between the two, monotone in both
                }

                rows.Add(Row.Create(pieces[i], anchors[k], edge));
            }
        }

        return new PieceTable(knots, rows, atInfinity);
    }

    /// <summary>The table of a network with at most one input; at ±∞ it answers what the network's sum does.</summary>
    /// <param name="network">A network with at most one input.</param>
    /// <returns>The table of the network's function; at ±∞ the network's own double answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="network"/> has more than one input.</exception>
    public static PieceTable FromNetwork(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.Inputs.Length > 1)
        {
            throw new ArgumentException(
                $"A piece table needs a network of one input, but this one has {network.Inputs.Length} ({string.Join(", ", network.Inputs)}).",
                nameof(network));
        }

        // The sum form's own answer at ±∞, so that engines of either form agree there (issue 7).
        (double, double)? atInfinity = network.Inputs.IsEmpty
            ? null
            : (network.Evaluate([double.NegativeInfinity]), network.Evaluate([double.PositiveInfinity]));
        return FromForm(CanonicalForm.FromReluSum(network.ToReluSum()).ToUnivariate(), atInfinity);
    }

    /// <summary>f(x) = vᵣ + mᵣ·(x − aᵣ), r = <see cref="Locate"/>(knots, x); see the type's remarks for NaN and ±∞.</summary>
    /// <param name="x">The input; any double.</param>
    /// <returns>The table's value: the rounded exact pieces, evaluated in double arithmetic.</returns>
    public double Evaluate(double x)
    {
        if (!double.IsFinite(x))
        {
            return double.IsNaN(x) ? x : x > 0 ? LimitAtPositiveInfinity : LimitAtNegativeInfinity;
        }

        var r = Locate(Knots.AsSpan(), x);
        return Values[r] + Slopes[r] * (x - Anchors[r]);
    }

    /// <summary>
    /// The number of <paramref name="knots"/> (sorted ascending) that are ≤ <paramref name="x"/>, by a
    /// branch-free binary search: the interval length sequence depends only on the count, and each step adds
    /// <c>half * (c ? 1 : 0)</c>, which the JIT compiles to a flag, not a jump (it keeps the jump for
    /// <c>c ? at + half : at</c> inside a loop, and that mispredicts on half the points). NaN gives 0.
    /// </summary>
    /// <param name="knots">Knots sorted ascending (equal neighbours allowed).</param>
    /// <param name="x">The point.</param>
    /// <returns>The index of the piece <paramref name="x"/> falls in, from 0 to <c>knots.Length</c>.</returns>
    public static int Locate(ReadOnlySpan<double> knots, double x)
    {
        var n = knots.Length;
        if (n == 0)
        {
            return 0;
        }

        // Invariant: every knot before `at` is ≤ x, the answer is in [at, at + n].
        var at = 0;
        while (n > 1)
        {
            var half = n >> 1;
            at += half * (knots[at + half] <= x ? 1 : 0);
            n -= half;
        }

        return at + (knots[at] <= x ? 1 : 0);
    }

    /// <summary>The piece's finite left end, zero (strictly inside) and finite right end, rounded, ascending, without repeats; else 0.</summary>
    private static List<double> AnchorsOf(LinearPiece piece)
    {
        var exact = new List<Fraction>(3);
        if (piece.From is { } from)
        {
            exact.Add(from);
        }

        if (!piece.Slope.IsZero)
        {
            var zero = (piece.Anchor - piece.ValueAtAnchor / piece.Slope).Reduce();
            if ((piece.From is not { } f || zero > f) && (piece.To is not { } t || zero < t))
            {
                exact.Add(zero);
            }
        }

        if (piece.To is { } to)
        {
            exact.Add(to);
        }

        var anchors = new List<double>(3);
        foreach (var point in exact)
        {
            var rounded = ExactMath.ToDouble(point);
            if (!double.IsInfinity(rounded) && (anchors.Count == 0 || anchors[^1] != rounded))
            {
                anchors.Add(rounded);
            }
        }

        if (anchors.Count == 0)
        {
            anchors.Add(0.0); // a line, or a piece wholly beyond the double range: any anchor, never reached far
        }

        return anchors;
    }

    /// <summary>
    /// How far f can be from piece <paramref name="i"/>'s line at points the search sends to it: a rounded knot
    /// may admit points just across the exact kink, where f differs by |dₖ|·|x − tₖ| ≤ |dₖ|·|tₖ − round(tₖ)|.
    /// </summary>
    private static double EdgeError(UnivariateView form, int i)
    {
        var error = Fraction.Zero;
        for (var k = i - 1; k <= i; k++)
        {
            if (k >= 0 && k < form.Breakpoints.Length)
            {
                var kink = form.Breakpoints[k];
                var rounded = ExactMath.ToDouble(kink.At);
                if (double.IsInfinity(rounded))
                {
                    continue; // no finite point reaches past it
                }

                var offset = (kink.At - FloatArithmetic.ToFraction(rounded)).Reduce();
                error += ((kink.SlopeChange.IsNegative ? -kink.SlopeChange : kink.SlopeChange) * (offset.IsNegative ? -offset : offset)).Reduce();
            }
        }

        return UpperBound(error);
    }

    /// <summary>A double ≥ the non-negative rational <paramref name="exact"/>.</summary>
    internal static double UpperBound(Fraction exact)
    {
        var rounded = ExactMath.ToDouble(exact);
        return exact.IsZero ? 0 : (rounded * (1 + (4 * FloatArithmetic.UnitRoundoff))) + double.Epsilon;
    }

    private static double Limit(double slope, double value, bool towardsPositive) =>
        slope == 0 ? value : (slope > 0) == towardsPositive ? double.PositiveInfinity : double.NegativeInfinity;

    /// <summary>
    /// One row: y = Value + Slope·(x − Anchor), with bounds on |Value − exact| and |Slope − exact|, the
    /// <see cref="EdgeError"/> of its piece, and the piece's exact ends rounded inward (±∞ when open).
    /// </summary>
    internal readonly record struct Row(double Anchor, double Value, double ValueError, double Slope, double SlopeError, double EdgeError, double Lowest, double Highest)
    {
        public static Row Create(LinearPiece piece, double anchor, double edgeError)
        {
            var exactValue = piece.Evaluate(FloatArithmetic.ToFraction(anchor));
            var value = ExactMath.ToDouble(exactValue);
            var slope = ExactMath.ToDouble(piece.Slope);
            return new Row(
                anchor,
                value,
                RoundingError(exactValue, value),
                slope,
                RoundingError(piece.Slope, slope),
                edgeError,
                piece.From is { } from ? RoundInward(from, up: true) : double.NegativeInfinity,
                piece.To is { } to ? RoundInward(to, up: false) : double.PositiveInfinity);
        }

        private static double RoundingError(Fraction exact, double rounded) =>
            double.IsInfinity(rounded) ? double.PositiveInfinity : UpperBound(Abs(exact - FloatArithmetic.ToFraction(rounded)));

        private static Fraction Abs(Fraction value) => value.IsNegative ? -value : value;

        /// <summary>The smallest double ≥ <paramref name="exact"/> (<paramref name="up"/>) or the largest ≤ it.</summary>
        private static double RoundInward(Fraction exact, bool up)
        {
            var rounded = ExactMath.ToDouble(exact);
            if (double.IsInfinity(rounded))
            {
                return rounded;
            }

            var above = FloatArithmetic.ToFraction(rounded) < exact;
            var below = FloatArithmetic.ToFraction(rounded) > exact;
            return up && above ? BitIncrement(rounded) : !up && below ? BitDecrement(rounded) : rounded;
        }

        private static double BitIncrement(double value) =>
            value == 0 ? double.Epsilon : BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) + (value > 0 ? 1 : -1));

        private static double BitDecrement(double value) => -BitIncrement(-value);
    }
}
