using System;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// A set of reals between two ends, such as <c>[0, 1)</c>, <c>(-∞, 2]</c> or the single point <c>3</c>:
/// a null end is unbounded (and then open), and <see cref="From"/> = <see cref="To"/> with both ends
/// closed is one point. Exact, immutable, with value equality.
/// </summary>
/// <param name="From">Left end, null for −∞.</param>
/// <param name="FromClosed">Whether <paramref name="From"/> belongs to the set.</param>
/// <param name="To">Right end, null for +∞.</param>
/// <param name="ToClosed">Whether <paramref name="To"/> belongs to the set.</param>
public readonly record struct Interval(Fraction? From, bool FromClosed, Fraction? To, bool ToClosed)
{
    /// <summary>The text for infinity: ∞ (U+221E).</summary>
    public const string Infinity = "\u221E"; // ∞

    /// <summary>The closed interval [from, to], unbounded where an end is null.</summary>
    public static Interval Closed(Fraction? from, Fraction? to) => new(from, from is not null, to, to is not null);

    /// <summary>The open interval (from, to).</summary>
    public static Interval Open(Fraction? from, Fraction? to) => new(from, false, to, false);

    /// <summary>The one point <paramref name="at"/>.</summary>
    public static Interval Point(Fraction at) => new(at, true, at, true);

    /// <summary>Whether the set is one point.</summary>
    public bool IsPoint => From is { } a && To is { } b && a.CompareTo(b) == 0;

    /// <summary>Whether <paramref name="x"/> lies in the set.</summary>
    public bool Contains(Fraction x) =>
        (From is not { } a || (FromClosed ? x.CompareTo(a) >= 0 : x.CompareTo(a) > 0))
        && (To is not { } b || (ToClosed ? x.CompareTo(b) <= 0 : x.CompareTo(b) < 0));

    /// <summary>A point strictly inside (or the point itself): the midpoint, or one unit in from a finite end.</summary>
    public Fraction Inside() => (From, To) switch
    {
        ({ } a, { } b) => ((a + b) / 2).Reduce(),
        ({ } a, null) => (a + 1).Reduce(),
        (null, { } b) => (b - 1).Reduce(),
        _ => Fraction.Zero,
    };

    /// <summary><c>[0, 1)</c>, <c>(-∞, 2]</c>, or a point as its number: <c>3</c>.</summary>
    public override string ToString()
    {
        if (IsPoint)
        {
            return ExactMath.Format(From!.Value);
        }

        var left = From is { } a ? (FromClosed ? "[" : "(") + ExactMath.Format(a) : "(-" + Infinity;
        var right = To is { } b ? ExactMath.Format(b) + (ToClosed ? "]" : ")") : Infinity + ")";
        return left + ", " + right;
    }

    /// <summary>How a sentence names the set: <c>x = 3</c> for a point, <c>x in [0, 1]</c> otherwise.</summary>
    public string Describe(string variable) => IsPoint ? variable + " = " + this : variable + " in " + this;

    /// <summary>Whether <paramref name="x"/> is before <paramref name="y"/> as left ends (null is −∞).</summary>
    internal static int CompareLeft(Fraction? x, Fraction? y) =>
        x is { } a ? (y is { } b ? a.CompareTo(b) : 1) : (y is null ? 0 : -1);

    /// <summary>Compares right ends (null is +∞).</summary>
    internal static int CompareRight(Fraction? x, Fraction? y) =>
        x is { } a ? (y is { } b ? a.CompareTo(b) : -1) : (y is null ? 0 : 1);

    /// <summary>Two right/left ends that meet: the same finite number.</summary>
    internal static bool Meet(Fraction? right, Fraction? left) =>
        right is { } a && left is { } b && a.CompareTo(b) == 0;

    /// <summary>Equality on values (Fraction's own equality compares representations).</summary>
    internal static bool Same(Fraction? x, Fraction? y) =>
        x is { } a ? y is { } b && a.CompareTo(b) == 0 : y is null;

    /// <summary>Throws unless <paramref name="from"/> &lt; <paramref name="to"/> (either may be unbounded).</summary>
    internal static void CheckOrdered(Fraction? from, Fraction? to)
    {
        if (from is { } a && to is { } b && a.CompareTo(b) >= 0)
        {
            throw new ArgumentException($"The interval [{ExactMath.Format(a)}, {ExactMath.Format(b)}] is empty or a point; its left end must be smaller.");
        }
    }
}
