using System;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// A point where a non-zero one-variable function d = f − g is not zero. d is linear between its kinks,
/// so if it vanished at every kink and at one point beyond each end it would vanish everywhere: one of
/// those K + 2 points (or 0 and 1 when there are no kinks) must do.
/// </summary>
internal static class UnivariateWitness
{
    public static Fraction Find(UnivariateView difference)
    {
        if (difference.Breakpoints.IsEmpty)
        {
            return difference.Constant.IsZero ? Fraction.One : Fraction.Zero;
        }

        // The piece table gives the exact value at every kink in O(K).
        foreach (var piece in difference.Pieces())
        {
            if (piece.From is not null && !piece.ValueAtAnchor.IsZero)
            {
                return piece.Anchor;
            }
        }

        var last = difference.Breakpoints[^1].At + Fraction.One;
        if (!difference.Evaluate(last).IsZero)
        {
            return last.Reduce();
        }

        var first = (difference.Breakpoints[0].At - Fraction.One).Reduce();
        if (!difference.Evaluate(first).IsZero)
        {
            return first;
        }

        throw new InvalidOperationException("Internal error: a non-zero one-variable form vanished at all its kinks and beyond them.");
    }
}
