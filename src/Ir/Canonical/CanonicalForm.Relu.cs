using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>σ applied to a one-variable form: what makes nested expressions such as σ(σ(x) − 1) exact.</summary>
public sealed partial class CanonicalForm
{
    /// <summary>
    /// σ∘f for a function of at most one variable, exactly: the new kinks are the old ones plus the points
    /// where a piece crosses zero; values are clamped at 0.
    /// </summary>
    /// <returns>The canonical form of max(0, f), in the same variable.</returns>
    /// <exception cref="InvalidOperationException">The function depends on more than one variable.</exception>
    /// <exception cref="LimitExceededException">The result would have more than <see cref="Limits.MaxFlattenedBreakpoints"/> kinks.</exception>
    public CanonicalForm Relu()
    {
        var view = ToUnivariate();
        if (view.Breakpoints.IsEmpty)
        {
            return ReluOfLine(view);
        }

        var pieces = view.Pieces();
        var knots = new List<(Fraction At, Fraction Value)>(2 * pieces.Length);
        var left = pieces[0];
        AddCrossing(knots, left, lowerBound: null, upperBound: left.To);
        for (var k = 1; k < pieces.Length; k++)
        {
            var piece = pieces[k];
            knots.Add((piece.Anchor, Clamp(piece.ValueAtAnchor)));
            AddCrossing(knots, piece, lowerBound: piece.From, upperBound: piece.To);
        }

        var leftSlope = left.Slope.IsNegative ? left.Slope : Fraction.Zero;
        var rightSlope = pieces[^1].Slope.IsPositive ? pieces[^1].Slope : Fraction.Zero;
        var result = FromKnots(view.Variable, leftSlope, knots, rightSlope);
        Limits.CheckFlattenedBreakpoints(result.Terms.Length);
        return result;
    }

    private static CanonicalForm ReluOfLine(UnivariateView line)
    {
        if (line.Slope.IsZero)
        {
            return new CanonicalForm(AffineForm.FromConstant(Clamp(line.Constant)), ImmutableArray<CanonicalTerm>.Empty);
        }

        var root = (-line.Constant / line.Slope).Reduce();
        var knots = new[] { (root, Fraction.Zero) };
        return FromKnots(
            line.Variable,
            line.Slope.IsNegative ? line.Slope : Fraction.Zero,
            knots,
            line.Slope.IsPositive ? line.Slope : Fraction.Zero);
    }

    /// <summary>Adds the zero of the piece's line when it lies strictly inside (lowerBound, upperBound).</summary>
    private static void AddCrossing(List<(Fraction At, Fraction Value)> knots, LinearPiece piece, Fraction? lowerBound, Fraction? upperBound)
    {
        if (piece.Slope.IsZero)
        {
            return;
        }

        var root = (piece.Anchor - piece.ValueAtAnchor / piece.Slope).Reduce();
        var inside = (lowerBound is not { } lo || root > lo) && (upperBound is not { } hi || root < hi);
        if (inside)
        {
            knots.Add((root, Fraction.Zero));
        }
    }

    private static Fraction Clamp(Fraction value) => value.IsPositive ? value : Fraction.Zero;
}
