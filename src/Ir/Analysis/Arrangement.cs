using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// A canonical form f = c + a·x + Σ dₖ·σ(hₖ·x + βₖ) as dense vectors over a fixed variable order, for the
/// several-variable analyses: exact evaluation, the hyperplanes, and the box they are cut to.
/// </summary>
internal sealed class Arrangement
{
    public Arrangement(CanonicalForm form, IReadOnlyList<string> variables)
    {
        Variables = variables;
        Constant = form.Affine.Constant;
        Linear = Dense(form.Affine);
        Kinks = form.Terms.Select(t => new Kink(Dense(t.Hyperplane), t.Hyperplane.Constant, t.Coefficient)).ToList();
    }

    private Arrangement(IReadOnlyList<string> variables, Fraction constant, Fraction[] linear, List<Kink> kinks)
    {
        Variables = variables;
        Constant = constant;
        Linear = linear;
        Kinks = kinks;
    }

    public IReadOnlyList<string> Variables { get; }

    public int Dimension => Variables.Count;

    public Fraction Constant { get; }

    public Fraction[] Linear { get; }

    public List<Kink> Kinks { get; }

    /// <summary>The recession function f∞(v) = a·v + Σ dₖ·σ(hₖ·v): f − f∞ is bounded, so f is bounded above exactly when f∞ ≤ 0.</summary>
    public Arrangement Recession() =>
        new(Variables, Fraction.Zero, Linear, Kinks.Select(k => k with { Offset = Fraction.Zero }).ToList());

    /// <summary>The same function with only the kinks that cross the open box (A, B)ⁿ; the others are affine there and join the linear part.</summary>
    public Arrangement CutTo(Fraction from, Fraction to)
    {
        var constant = Constant;
        var linear = (Fraction[])Linear.Clone();
        var kept = new List<Kink>();
        foreach (var kink in Kinks)
        {
            var (low, high) = kink.Bounds(from, to);
            if (low.IsNegative && high.IsPositive)
            {
                kept.Add(kink);
            }
            else if (!high.IsNegative && !low.IsNegative)
            {
                // σ(h·x + β) = h·x + β on the whole box.
                constant = (constant + kink.Weight * kink.Offset).Reduce();
                for (var j = 0; j < linear.Length; j++)
                {
                    linear[j] = (linear[j] + kink.Weight * kink.Normal[j]).Reduce();
                }
            }
        }

        return new Arrangement(Variables, constant, linear, kept);
    }

    public Fraction Evaluate(Fraction[] x)
    {
        var value = Constant + Dot(Linear, x);
        foreach (var kink in Kinks)
        {
            var inner = Dot(kink.Normal, x) + kink.Offset;
            if (inner.IsPositive)
            {
                value += kink.Weight * inner;
            }
        }

        return value.Reduce();
    }

    public static Fraction Dot(Fraction[] a, Fraction[] x)
    {
        var sum = Fraction.Zero;
        for (var j = 0; j < a.Length; j++)
        {
            if (!a[j].IsZero)
            {
                sum += a[j] * x[j];
            }
        }

        return sum.Reduce();
    }

    private Fraction[] Dense(AffineForm form)
    {
        var dense = Enumerable.Repeat(Fraction.Zero, Variables.Count).ToArray();
        foreach (var term in form.Terms)
        {
            var index = IndexOf(term.Variable);
            dense[index] = term.Coefficient;
        }

        return dense;
    }

    private int IndexOf(string variable)
    {
        for (var i = 0; i < Variables.Count; i++)
        {
            if (string.Equals(Variables[i], variable, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"The variable `{variable}` is not in the variable list.");
    }
}

/// <summary>One kink d·σ(h·x + β) as vectors.</summary>
/// <param name="Normal">h.</param>
/// <param name="Offset">β.</param>
/// <param name="Weight">d.</param>
internal sealed record Kink(Fraction[] Normal, Fraction Offset, Fraction Weight)
{
    /// <summary>The least and greatest h·x + β over the box [A, B]ⁿ: each coordinate at whichever end its coefficient prefers.</summary>
    public (Fraction Low, Fraction High) Bounds(Fraction from, Fraction to)
    {
        Fraction low = Offset, high = Offset;
        foreach (var h in Normal)
        {
            low += h * (h.IsNegative ? to : from);
            high += h * (h.IsNegative ? from : to);
        }

        return (low.Reduce(), high.Reduce());
    }
}
