using System.Collections.Generic;
using System.Collections.Immutable;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>The piece table of a one-variable form, and the form rebuilt from one.</summary>
public sealed partial class UnivariateForm
{
    /// <summary>
    /// The K + 1 linear pieces between the kinks, left to right, each anchored at a breakpoint with its
    /// exact value there. A function with no kinks is one piece anchored at 0.
    /// </summary>
    /// <returns>K + 1 pieces with exact ends, anchors, values and slopes; the first starts at −∞, the last ends at +∞.</returns>
    public ImmutableArray<LinearPiece> Pieces()
    {
        var pieces = ImmutableArray.CreateBuilder<LinearPiece>(Breakpoints.Length + 1);
        if (Breakpoints.IsEmpty)
        {
            pieces.Add(new LinearPiece(null, null, Fraction.Zero, Constant, Slope));
            return pieces.ToImmutable();
        }

        var first = Breakpoints[0].At;
        var value = (Constant + Slope * first).Reduce();
        var slope = Slope;
        pieces.Add(new LinearPiece(null, first, first, value, slope));
        for (var k = 0; k < Breakpoints.Length; k++)
        {
            var at = Breakpoints[k].At;
            slope = (slope + Breakpoints[k].SlopeChange).Reduce();
            Fraction? next = k + 1 < Breakpoints.Length ? Breakpoints[k + 1].At : null;
            pieces.Add(new LinearPiece(at, next, at, value, slope));
            if (next is { } to)
            {
                value = (value + slope * (to - at)).Reduce();
            }
        }

        return pieces.MoveToImmutable();
    }

    /// <summary>
    /// The form of the continuous piecewise-linear function through <paramref name="knots"/> (sorted,
    /// distinct positions, with exact values), with the given slopes beyond the first and last knot.
    /// Knots where the slope does not change disappear.
    /// </summary>
    /// <param name="variable">The variable's name, or null for none.</param>
    /// <param name="leftSlope">The slope left of the first knot (the whole function's slope when there are no knots).</param>
    /// <param name="knots">The points (position, value) the function passes through, by increasing position; not checked.</param>
    /// <param name="rightSlope">The slope right of the last knot.</param>
    /// <returns>The canonical form of that function.</returns>
    public static UnivariateForm FromKnots(string? variable, Fraction leftSlope, IReadOnlyList<(Fraction At, Fraction Value)> knots, Fraction rightSlope)
    {
        if (knots.Count == 0)
        {
            return new UnivariateForm(variable, Fraction.Zero, leftSlope, ImmutableArray<Breakpoint>.Empty);
        }

        var constant = knots[0].Value - leftSlope * knots[0].At;
        var kinks = new List<Breakpoint>(knots.Count);
        var before = leftSlope;
        for (var k = 0; k < knots.Count; k++)
        {
            var after = k + 1 < knots.Count
                ? ((knots[k + 1].Value - knots[k].Value) / (knots[k + 1].At - knots[k].At)).Reduce()
                : rightSlope;
            kinks.Add(new Breakpoint(knots[k].At, (after - before).Reduce()));
            before = after;
        }

        return new UnivariateForm(variable, constant, leftSlope, Merge(kinks));
    }
}
