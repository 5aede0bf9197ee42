using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>Building canonical forms from ReLU sums and combining them.</summary>
public sealed partial class CanonicalForm
{
    /// <summary>
    /// The canonical form of a ReLU sum, in O(n log n). One variable: each term becomes a kink at −b/w and the
    /// kinks are sorted by position. Otherwise each term a·σ(w·x + b) is divided by the
    /// leading coefficient s of w (σ(−z) = σ(z) − z when s &lt; 0 moves a·(w·x + b) into the affine
    /// part), equal hyperplanes merge through a hash table, zero kinks drop and the rest are sorted.
    /// </summary>
    /// <param name="sum">The sum, as written or built.</param>
    /// <returns>Its canonical form: equal to another sum's exactly when the two are the same function.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sum"/> is null.</exception>
    /// <exception cref="LimitExceededException">A number created on the way passes <see cref="Limits.MaxExactDigits"/>.</exception>
    public static CanonicalForm FromReluSum(ReluSum sum)
    {
        ArgumentNullException.ThrowIfNull(sum);
        var variables = sum.Variables;
        return variables.Length <= 1 ? FromOneVariable(sum, variables.IsEmpty ? null : variables[0]) : FromReluSumGeneral(sum);
    }

    /// <summary>The several-variable algorithm, usable for any sum (tests check it agrees with the one-variable path).</summary>
    internal static CanonicalForm FromReluSumGeneral(ReluSum sum)
    {
        var linear = new Dictionary<string, Fraction>(StringComparer.Ordinal);
        var constant = Fraction.Zero;
        AddScaled(linear, ref constant, sum.Affine, Fraction.One);

        var kinks = new Dictionary<AffineForm, Fraction>(sum.Terms.Length);
        var budget = new ComputationBudget();
        foreach (var term in sum.Terms)
        {
            var a = term.Coefficient;
            var argument = term.Argument;
            if (a.IsZero)
            {
                continue;
            }

            if (argument.IsConstant)
            {
                if (argument.Constant.IsPositive)
                {
                    constant = Limits.CheckDigits(constant + a * argument.Constant, "the constant");
                }

                continue;
            }

            var lead = argument.Terms[0].Coefficient;
            var hyperplane = lead == Fraction.One ? argument : argument.Scale((Fraction.One / lead).Reduce());
            if (lead.IsNegative)
            {
                // a·σ(z) = a·σ(−z) + a·z, and −z/|s| is the normalized hyperplane.
                AddScaled(linear, ref constant, argument, a);
            }

            var d = budget.Spend((a * (lead.IsNegative ? -lead : lead)).Reduce());
            kinks[hyperplane] = kinks.TryGetValue(hyperplane, out var existing) ? budget.Spend(existing + d) : d;
        }

        var terms = new List<CanonicalTerm>(kinks.Count);
        foreach (var (hyperplane, d) in kinks)
        {
            var reduced = d.Reduce();
            if (!reduced.IsZero)
            {
                terms.Add(new CanonicalTerm(reduced, hyperplane));
            }
        }

        terms.Sort((p, q) => HyperplaneOrder.Instance.Compare(p.Hyperplane, q.Hyperplane));
        var affine = AffineForm.Create(linear.Select(kv => new LinearTerm(kv.Key, kv.Value)), constant);
        return new CanonicalForm(affine, terms.ToImmutableArray());
    }

    /// <summary>this + other, by merging the two sorted kink lists in O(K₁ + K₂).</summary>
    /// <param name="other">The form to add, in any variables.</param>
    /// <returns>The canonical form of the sum; kinks that cancel are gone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public CanonicalForm Add(CanonicalForm other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = ImmutableArray.CreateBuilder<CanonicalTerm>(Terms.Length + other.Terms.Length);
        int i = 0, j = 0;
        while (i < Terms.Length || j < other.Terms.Length)
        {
            var order = i == Terms.Length ? 1
                : j == other.Terms.Length ? -1
                : HyperplaneOrder.Instance.Compare(Terms[i].Hyperplane, other.Terms[j].Hyperplane);
            if (order < 0)
            {
                merged.Add(Terms[i++]);
            }
            else if (order > 0)
            {
                merged.Add(other.Terms[j++]);
            }
            else
            {
                var d = (Terms[i].Coefficient + other.Terms[j].Coefficient).Reduce();
                if (!d.IsZero)
                {
                    merged.Add(new CanonicalTerm(d, Terms[i].Hyperplane));
                }

                i++;
                j++;
            }
        }

        return new CanonicalForm(Affine.Add(other.Affine), merged.ToImmutable());
    }

    /// <summary>factor · this; a zero factor gives <see cref="Zero"/>.</summary>
    /// <param name="factor">The exact factor.</param>
    /// <returns>The canonical form of the scaled function: the same hyperplanes, each dₖ times <paramref name="factor"/>.</returns>
    public CanonicalForm Scale(Fraction factor) =>
        factor.IsZero
            ? Zero
            : new CanonicalForm(
                Affine.Scale(factor),
                Terms.Select(t => t with { Coefficient = (t.Coefficient * factor).Reduce() }).ToImmutableArray());

    /// <summary>this − other.</summary>
    /// <param name="other">The form to subtract, in any variables.</param>
    /// <returns>The canonical form of the difference; <see cref="IsZero"/> exactly when the two are the same function.</returns>
    public CanonicalForm Subtract(CanonicalForm other) => Add(other.Scale(Fraction.MinusOne));

    private static void AddScaled(Dictionary<string, Fraction> linear, ref Fraction constant, AffineForm form, Fraction factor)
    {
        foreach (var term in form.Terms)
        {
            var add = term.Coefficient * factor;
            linear[term.Variable] = linear.TryGetValue(term.Variable, out var existing) ? existing + add : add;
        }

        constant = Limits.CheckDigits(constant + form.Constant * factor, "the constant");
    }
}
