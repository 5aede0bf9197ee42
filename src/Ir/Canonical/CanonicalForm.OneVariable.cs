using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The one-variable build of a canonical form, in O(n log n) by sorting breakpoints, and the one-variable
/// view of a form (<see cref="UnivariateView"/>: breakpoints and pieces).
/// </summary>
public sealed partial class CanonicalForm
{
    /// <summary>The form as a one-variable function, for its breakpoints and pieces; only for <see cref="IsUnivariate"/> forms.</summary>
    /// <param name="variable">
    /// The name to give a constant function, which has none of its own; null for none. A form in a variable
    /// keeps its own name, and <paramref name="variable"/> must then be null or that name.
    /// </param>
    /// <returns>The view, made in O(K).</returns>
    /// <exception cref="InvalidOperationException">The function depends on more than one variable.</exception>
    /// <exception cref="ArgumentException">The function's variable is not <paramref name="variable"/>.</exception>
    public UnivariateView ToUnivariate(string? variable = null)
    {
        if (!IsUnivariate)
        {
            throw new InvalidOperationException(
                $"A one-variable form was asked of a function of {Variables.Length} variables ({string.Join(", ", Variables)}).");
        }

        if (Variables.IsEmpty)
        {
            return new UnivariateView(this, variable);
        }

        if (variable is not null && !string.Equals(variable, Variables[0], StringComparison.Ordinal))
        {
            throw new ArgumentException($"The function is of `{Variables[0]}`, not of `{variable}`.", nameof(variable));
        }

        return new UnivariateView(this, Variables[0]);
    }

    /// <summary>
    /// The form of a sum in at most one variable: each term a·σ(w·x + b) becomes a kink at −b/w (a
    /// left-facing unit adds its line, since σ(−z) = σ(z) − z), then the kinks are sorted, equal ones merge
    /// and zero ones drop.
    /// </summary>
    private static CanonicalForm FromOneVariable(ReluSum sum, string? variable)
    {
        var constant = sum.Affine.Constant;
        var slope = variable is null ? Fraction.Zero : sum.Affine.CoefficientOf(variable);
        var kinks = new List<Breakpoint>(sum.Terms.Length);

        // Terms may share one long coefficient; each kink made from it is a number of its own.
        var budget = new ComputationBudget();
        foreach (var term in sum.Terms)
        {
            var a = term.Coefficient;
            var b = term.Argument.Constant;
            var w = variable is null ? Fraction.Zero : term.Argument.CoefficientOf(variable);
            if (w.IsZero)
            {
                if (b.IsPositive)
                {
                    constant = Limits.CheckDigits(constant + a * b, "the constant");
                }

                continue;
            }

            var at = budget.Spend((-b / w).Reduce());
            if (w.IsPositive)
            {
                kinks.Add(new Breakpoint(at, budget.Spend((a * w).Reduce())));
            }
            else
            {
                // a·σ(w·x + b) with w = −u: a·u·(σ(x − t) − x + t).
                var au = budget.Spend((a * -w).Reduce());
                kinks.Add(new Breakpoint(at, au));
                slope = Limits.CheckDigits(slope - au, "the slope");
                constant = Limits.CheckDigits(constant + au * at, "the constant");
            }
        }

        return FromBreakpoints(variable, constant, slope, kinks);
    }

    /// <summary>
    /// The form of the continuous piecewise-linear function through <paramref name="knots"/> (sorted,
    /// distinct positions, with exact values), with the given slopes beyond the first and last knot.
    /// Knots where the slope does not change disappear.
    /// </summary>
    /// <param name="variable">The variable's name, or null when there are no knots and no slope.</param>
    /// <param name="leftSlope">The slope left of the first knot (the whole function's slope when there are no knots).</param>
    /// <param name="knots">The points (position, value) the function passes through, by increasing position; not checked.</param>
    /// <param name="rightSlope">The slope right of the last knot.</param>
    internal static CanonicalForm FromKnots(string? variable, Fraction leftSlope, IReadOnlyList<(Fraction At, Fraction Value)> knots, Fraction rightSlope)
    {
        if (knots.Count == 0)
        {
            return FromBreakpoints(variable, Fraction.Zero, leftSlope, new List<Breakpoint>());
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

        return FromBreakpoints(variable, constant, leftSlope, kinks);
    }

    /// <summary>c + m·x + Σ dₖ·σ(x − tₖ): sorts the kinks by position, adds those at one point and drops zero ones.</summary>
    private static CanonicalForm FromBreakpoints(string? variable, Fraction constant, Fraction slope, List<Breakpoint> kinks)
    {
        FractionOrder.SortBy(kinks, b => b.At);
        var terms = ImmutableArray.CreateBuilder<CanonicalTerm>(kinks.Count);

        // Every kink's hyperplane x − tₖ shares this one term array.
        var unit = variable is null ? AffineForm.Zero : AffineForm.FromVariable(variable);
        var i = 0;
        while (i < kinks.Count)
        {
            var at = kinks[i].At;
            var change = Fraction.Zero;
            for (; i < kinks.Count && kinks[i].At == at; i++)
            {
                change = Limits.CheckDigits(change + kinks[i].SlopeChange, "the slope change at a breakpoint");
            }

            change = change.Reduce();
            if (!change.IsZero)
            {
                terms.Add(new CanonicalTerm(change, unit.AddConstant(-at)));
            }
        }

        slope = slope.Reduce();
        var affine = slope.IsZero || variable is null
            ? AffineForm.FromConstant(constant)
            : AffineForm.Create(new[] { new LinearTerm(variable, slope) }, constant);
        var variables = terms.Count > 0 || !affine.IsConstant ? ImmutableArray.Create(variable!) : ImmutableArray<string>.Empty;
        return new CanonicalForm(affine, terms.Count == terms.Capacity ? terms.MoveToImmutable() : terms.ToImmutable(), variables);
    }
}
