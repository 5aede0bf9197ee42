using System;
using System.Collections.Immutable;

namespace ReluCompiler.Ir;

/// <summary>
/// The linear pieces of a one-variable function as doubles, for O(log K) evaluation
/// by y = vᵢ + mᵢ·(x − aᵢ) where i is the number of knots ≤ x.
/// <para>
/// Piece 0 is x &lt; t₀, anchored at the first knot t₀ with the slope far to the left; piece i ≥ 1 is
/// [tᵢ₋₁, tᵢ), anchored at its left end tᵢ₋₁. Every knot, value and slope is the exact rational rounded
/// once (<see cref="ExactMath.ToDouble"/>), so, unlike the sum form, the table does not cancel far from
/// the origin: σ(x) − σ(x − 1) is exactly 1 at x = 1e16, where the sum gives 0.
/// </para>
/// <para>
/// Non-finite inputs: NaN gives NaN (the input itself). ±∞ gives <see cref="LimitAtNegativeInfinity"/> and
/// <see cref="LimitAtPositiveInfinity"/>: for a table made from a network, what that network's sum gives there
/// in IEEE arithmetic (σ(x) − σ(x − 1) at +∞ is ∞ − ∞ = NaN), so every engine of one network answers ±∞
/// alike, whichever form it computes; for a table made from a form, the limit of the outer piece.
/// Every table engine (this class, the IL table strategy, the emitted C# table) computes exactly this, in this order.
/// </para>
/// </summary>
public sealed class PieceTable
{
    private PieceTable(double[] knots, double[] anchors, double[] values, double[] slopes, (double Negative, double Positive)? atInfinity = null)
    {
        Knots = ImmutableArray.Create(knots);
        Anchors = ImmutableArray.Create(anchors);
        Values = ImmutableArray.Create(values);
        Slopes = ImmutableArray.Create(slopes);
        LimitAtNegativeInfinity = atInfinity?.Negative ?? Limit(slopes[0], values[0], towardsPositive: false);
        LimitAtPositiveInfinity = atInfinity?.Positive ?? Limit(slopes[^1], values[^1], towardsPositive: true);
    }

    /// <summary>The knots t₀ ≤ t₁ ≤ … (the breakpoints, rounded; two may round to the same double).</summary>
    public ImmutableArray<double> Knots { get; }

    /// <summary>Each piece's anchor aᵢ: t₀ for piece 0, tᵢ₋₁ for piece i ≥ 1 (0 when there are no knots).</summary>
    public ImmutableArray<double> Anchors { get; }

    /// <summary>Each piece's value at its anchor, vᵢ = f(aᵢ), exact then rounded once.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Each piece's slope mᵢ, exact then rounded once.</summary>
    public ImmutableArray<double> Slopes { get; }

    /// <summary>The number of pieces, one more than the number of knots.</summary>
    public int PieceCount => Anchors.Length;

    /// <summary>The answer at −∞: the network's sum there, or for a table from a form −∞ or +∞ when the left piece slopes, else its value.</summary>
    public double LimitAtNegativeInfinity { get; }

    /// <summary>The answer at +∞: the network's sum there, or for a table from a form +∞ or −∞ when the right piece slopes, else its value.</summary>
    public double LimitAtPositiveInfinity { get; }

    /// <summary>The table of a one-variable canonical form (from <see cref="UnivariateForm.Pieces"/>).</summary>
    /// <param name="form">The one-variable form.</param>
    /// <returns>Its table; at ±∞ the limit of the outer piece.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    public static PieceTable FromForm(UnivariateForm form) => FromForm(form, atInfinity: null);

    private static PieceTable FromForm(UnivariateForm form, (double Negative, double Positive)? atInfinity)
    {
        ArgumentNullException.ThrowIfNull(form);
        var pieces = form.Pieces();
        var knots = new double[form.Breakpoints.Length];
        for (var k = 0; k < knots.Length; k++)
        {
            knots[k] = ExactMath.ToDouble(form.Breakpoints[k].At);
        }

        var anchors = new double[pieces.Length];
        var values = new double[pieces.Length];
        var slopes = new double[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            anchors[i] = ExactMath.ToDouble(pieces[i].Anchor);
            values[i] = ExactMath.ToDouble(pieces[i].ValueAtAnchor);
            slopes[i] = ExactMath.ToDouble(pieces[i].Slope);
        }

        return new PieceTable(knots, anchors, values, slopes, atInfinity);
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
        return FromForm(UnivariateForm.FromReluSum(network.ToReluSum()), atInfinity);
    }

    /// <summary>f(x) = vᵢ + mᵢ·(x − aᵢ), i = <see cref="Locate"/>(knots, x); see the type's remarks for NaN and ±∞.</summary>
    /// <param name="x">The input; any double.</param>
    /// <returns>The table's value: the rounded exact pieces, evaluated in double arithmetic.</returns>
    public double Evaluate(double x)
    {
        if (!double.IsFinite(x))
        {
            return double.IsNaN(x) ? x : x > 0 ? LimitAtPositiveInfinity : LimitAtNegativeInfinity;
        }

        var i = Locate(Knots.AsSpan(), x);
        return Values[i] + Slopes[i] * (x - Anchors[i]);
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

    private static double Limit(double slope, double value, bool towardsPositive) =>
        slope == 0 ? value : (slope > 0) == towardsPositive ? double.PositiveInfinity : double.NegativeInfinity;
}
