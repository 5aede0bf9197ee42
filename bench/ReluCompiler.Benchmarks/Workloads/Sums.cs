using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.Workloads;

/// <summary>
/// The expressions the suites share, built directly as IR so that only the suites about text need the parser.
/// Every generator is seeded, so each run measures the same expressions.
/// </summary>
public static class Sums
{
    /// <summary>The input of every one-variable workload.</summary>
    public const string X = "x";

    /// <summary>The input list of the one-variable workloads.</summary>
    public static IReadOnlyList<string> OneInput { get; } = [X];

    /// <summary>The blog's largest example, 6 units: σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) - σ(x-4) + σ(x-6).</summary>
    public static ReluSum Blog()
    {
        int[] at = [0, 1, 2, 3, 4, 6];
        int[] sign = [1, -1, 1, -1, -1, 1];
        return new ReluSum(AffineForm.Zero, [.. at.Select((t, k) => Relu(sign[k], 1, -t))]);
    }

    /// <summary>
    /// <paramref name="units"/> σ(x − t) terms at distinct kinks t (quarter steps) with non-zero weights in halves,
    /// written in shuffled order. The slope far to the left is 0, so the smallest network has exactly
    /// <paramref name="units"/> hidden units, all facing right. <c>Blog</c> stands in for 6.
    /// </summary>
    public static ReluSum Kinks(int units, int seed = 1)
    {
        if (units == 6)
        {
            return Blog();
        }

        var random = new Random(seed);
        var terms = new ReluTerm[units];
        // Reduced as the parser's numbers are: Fraction keeps what it is given, and unreduced terms slow the canonical form down.
        var at = new Fraction(-units, 8).Reduce();
        for (var k = 0; k < units; k++)
        {
            at = (at + new Fraction(random.Next(1, 5), 4)).Reduce();
            var weight = (new Fraction(random.Next(1, 7), 2) * (random.Next(2) == 0 ? 1 : -1)).Reduce();
            terms[k] = new ReluTerm(weight, AffineForm.Create([new LinearTerm(X, Fraction.One)], -at));
        }

        random.Shuffle(terms);
        return new ReluSum(AffineForm.Zero, [.. terms]);
    }

    /// <summary>
    /// The same function written differently, so that deciding equality has to do all its work: the terms
    /// shuffled, every third turned around (a·σ(z) = a·σ(−z) + a·z), every third scaled inside
    /// (a·σ(z) = (a/2)·σ(2z)), the rest split in two halves.
    /// </summary>
    public static ReluSum Rewritten(ReluSum sum, int seed = 2)
    {
        var random = new Random(seed);
        var terms = new List<ReluTerm>(sum.Terms.Length * 2);
        var affine = sum.Affine;
        for (var k = 0; k < sum.Terms.Length; k++)
        {
            var term = sum.Terms[k];
            switch (k % 3)
            {
                case 0:
                    terms.Add(new ReluTerm(term.Coefficient, term.Argument.Scale(Fraction.MinusOne)));
                    affine = affine.Add(term.Argument.Scale(term.Coefficient));
                    break;
                case 1:
                    terms.Add(new ReluTerm((term.Coefficient / 2).Reduce(), term.Argument.Scale(2)));
                    break;
                default:
                    var half = new ReluTerm((term.Coefficient / 2).Reduce(), term.Argument);
                    terms.Add(half);
                    terms.Add(half);
                    break;
            }
        }

        var shuffled = terms.ToArray();
        random.Shuffle(shuffled);
        return new ReluSum(affine, [.. shuffled]);
    }

    /// <summary>The network <c>Relu.Compile</c> builds for a sum: the smallest one, inputs in name order.</summary>
    public static Network SmallestNetwork(ReluSum sum) => NetworkBuilder.Smallest(sum, sum.Variables).Network;

    /// <summary>The interval every kink of a one-variable sum lies in, widened by one on each side.</summary>
    public static (double From, double To) Span(Network network)
    {
        var kinks = network.Hidden.Select(u => -ExactMath.ToDouble(u.Bias) / ExactMath.ToDouble(u.Weights[0])).ToArray();
        return (kinks.Min() - 1, kinks.Max() + 1);
    }

    /// <summary>a·σ(w·x + b) with integers.</summary>
    private static ReluTerm Relu(int a, int w, int b) =>
        new(a, AffineForm.Create([new LinearTerm(X, w)], b));
}
