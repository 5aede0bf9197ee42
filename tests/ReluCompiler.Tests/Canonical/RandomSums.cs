using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Tests.Canonical;

/// <summary>
/// Random ReLU sums with small integer and rational coefficients (so that kinks collide and merge
/// often), and the rewrites that must not change the function.
/// </summary>
internal static class RandomSums
{
    public static readonly string[][] VariableSets = { new[] { "x" }, new[] { "x", "y" }, new[] { "x", "y", "z" } };

    /// <summary>p/q with |p| ≤ 4, q ∈ {1, 2, 3}: mostly integers and halves, with some thirds.</summary>
    public static readonly Gen<Fraction> SmallRational =
        Gen.Select(Gen.Int[-4, 4], Gen.Int[1, 3], (p, q) => new Fraction(p, q).Reduce());

    public static Gen<AffineForm> Affine(string[] variables) =>
        Gen.Select(Gen.Int[-2, 2].Array[variables.Length], SmallRational,
            (w, b) => AffineForm.Create(variables.Select((v, i) => new LinearTerm(v, new Fraction(w[i]))), b));

    public static Gen<ReluSum> Sum(string[] variables, int maxTerms = 6) =>
        Gen.Select(
            Affine(variables),
            Gen.Select(SmallRational, Affine(variables), (a, z) => new ReluTerm(a, z)).Array[0, maxTerms],
            (affine, terms) => new ReluSum(affine, terms.ToImmutableArray()));

    /// <summary>A sum over 1, 2 or 3 variables, with the variable list.</summary>
    public static readonly Gen<(string[] Variables, ReluSum Sum)> AnySum =
        Gen.Int[0, 2].SelectMany(n => Sum(VariableSets[n]).Select(s => (VariableSets[n], s)));

    /// <summary>
    /// The same function written differently: terms flipped (a·σ(z) = a·σ(−z) + a·z), arguments scaled
    /// by λ &gt; 0 with the coefficient divided by λ, terms split in two, and the order shuffled.
    /// </summary>
    public static ReluSum Rewrite(ReluSum sum, int seed)
    {
        var random = new Random(seed);
        var affine = sum.Affine;
        var terms = new List<ReluTerm>();
        foreach (var term in sum.Terms)
        {
            var a = term.Coefficient;
            var z = term.Argument;
            switch (random.Next(4))
            {
                case 0:
                    terms.Add(new ReluTerm(a, z.Scale(Fraction.MinusOne)));
                    affine = affine.Add(z.Scale(a));
                    break;
                case 1:
                    var lambda = new Fraction(random.Next(1, 5), random.Next(1, 4));
                    terms.Add(new ReluTerm(a / lambda, z.Scale(lambda)));
                    break;
                case 2:
                    var part = new Fraction(random.Next(-3, 4), random.Next(1, 3));
                    terms.Add(new ReluTerm(part, z));
                    terms.Add(new ReluTerm(a - part, z));
                    break;
                default:
                    terms.Add(term);
                    break;
            }
        }

        var shuffled = terms.OrderBy(_ => random.Next()).ToImmutableArray();
        return new ReluSum(affine, shuffled);
    }

    /// <summary>A different function: plus δ·σ(h·x + β) with h ≠ 0, plus δ·v, or plus δ (δ ≠ 0).</summary>
    public static ReluSum Perturb(ReluSum sum, string[] variables, int seed)
    {
        var random = new Random(seed);
        var delta = new Fraction(random.Next(1, 4) * (random.Next(2) == 0 ? 1 : -1), random.Next(1, 4));
        var variable = variables[random.Next(variables.Length)];
        switch (random.Next(3))
        {
            case 0:
                var weights = variables.Select(v => new LinearTerm(v, new Fraction(random.Next(-2, 3)))).ToList();
                weights.Add(new LinearTerm(variable, Fraction.One));
                var argument = AffineForm.Create(weights, new Fraction(random.Next(-4, 5), random.Next(1, 3)));
                if (argument.IsConstant)
                {
                    argument = AffineForm.FromVariable(variable);
                }

                return sum.Add(new ReluSum(AffineForm.Zero, ImmutableArray.Create(new ReluTerm(delta, argument))));
            case 1:
                return sum.Add(ReluSum.FromAffine(AffineForm.FromVariable(variable).Scale(delta)));
            default:
                return sum.Add(ReluSum.FromAffine(AffineForm.FromConstant(delta)));
        }
    }

    /// <summary>A random rational point, p/q with |p| ≤ 20, q ≤ 7.</summary>
    public static Dictionary<string, Fraction> Point(string[] variables, Random random) =>
        variables.ToDictionary(v => v, _ => new Fraction(random.Next(-20, 21), random.Next(1, 8)).Reduce());
}
