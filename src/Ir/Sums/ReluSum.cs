using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The IR: an affine part plus a sum of ReLU terms, f(x) = w·x + b + Σ aᵢ·σ(wᵢ·x + bᵢ),
/// as in <c>σ(x) - σ(x - 1) + 1</c>. Terms stay in the order they were written; nothing is merged
/// here (that is the canonical form's job), so the "as written" network can be read off.
/// </summary>
public sealed class ReluSum : IEquatable<ReluSum>
{
    /// <summary>The sum 0.</summary>
    public static readonly ReluSum Zero = new(AffineForm.Zero, ImmutableArray<ReluTerm>.Empty);

    /// <summary>A sum of an affine part and ReLU terms.</summary>
    /// <param name="affine">The affine part w·x + b.</param>
    /// <param name="terms">The ReLU terms in the order written; a default array is taken as none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="affine"/> is null.</exception>
    public ReluSum(AffineForm affine, ImmutableArray<ReluTerm> terms)
    {
        Affine = affine ?? throw new ArgumentNullException(nameof(affine));
        Terms = terms.IsDefault ? ImmutableArray<ReluTerm>.Empty : terms;
    }

    /// <summary>The affine part w·x + b.</summary>
    public AffineForm Affine { get; }

    private ImmutableArray<string> _variables;

    /// <summary>The ReLU terms aᵢ·σ(wᵢ·x + bᵢ), in written order.</summary>
    public ImmutableArray<ReluTerm> Terms { get; }

    /// <summary>
    /// Every variable that occurs, in natural order (<see cref="VariableOrder"/>): the default input order.
    /// Computed once (the canonical form, the smallest network and the input check each ask; a sum is immutable).
    /// </summary>
    public ImmutableArray<string> Variables
    {
        get
        {
            var known = _variables;
            if (known.IsDefault)
            {
                // Racing threads compute the same array; an ImmutableArray is one reference, so a read sees all or nothing.
                known = Affine.Variables.Concat(Terms.SelectMany(t => t.Argument.Variables))
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(v => v, VariableOrder.Instance)
                    .ToImmutableArray();
                _variables = known;
            }

            return known;
        }
    }

    /// <summary>Whether the sum is an affine form with no ReLU terms.</summary>
    public bool IsAffine => Terms.IsEmpty;

    /// <summary>The sum that is just <paramref name="affine"/>.</summary>
    /// <param name="affine">The affine part.</param>
    /// <returns>A sum with no ReLU terms.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="affine"/> is null.</exception>
    public static ReluSum FromAffine(AffineForm affine) => new(affine, ImmutableArray<ReluTerm>.Empty);

    /// <summary>The sum 1·σ(<paramref name="argument"/>).</summary>
    /// <param name="argument">The argument of σ.</param>
    /// <returns>A sum with one ReLU term of coefficient 1 and a zero affine part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="argument"/> is null.</exception>
    public static ReluSum Relu(AffineForm argument) =>
        new(AffineForm.Zero, ImmutableArray.Create(new ReluTerm(Fraction.One, argument)));

    /// <summary>this + other, terms of this first.</summary>
    /// <param name="other">The sum to add.</param>
    /// <returns>The affine parts added, the ReLU terms of both kept side by side (not merged).</returns>
    public ReluSum Add(ReluSum other) => new(Affine.Add(other.Affine), Terms.AddRange(other.Terms));

    /// <summary>factor · this; a zero factor gives zero.</summary>
    /// <param name="factor">The exact factor.</param>
    /// <returns>Every coefficient times <paramref name="factor"/>, σ arguments unchanged.</returns>
    public ReluSum Scale(Fraction factor)
    {
        if (factor.IsZero)
        {
            return Zero;
        }

        var terms = new ReluTerm[Terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = Terms[i].Scale(factor);
        }

        return new ReluSum(Affine.Scale(factor), ImmutableCollectionsMarshal.AsImmutableArray(terms));
    }

    /// <summary>Exact value at a point (every variable must have a value).</summary>
    /// <param name="point">A value for each variable of the sum; extra names are ignored.</param>
    /// <returns>f(point), exact and reduced.</returns>
    /// <exception cref="ArgumentException">A variable of the sum has no value in <paramref name="point"/>.</exception>
    public Fraction Evaluate(IReadOnlyDictionary<string, Fraction> point)
    {
        var sum = Affine.Evaluate(point);
        foreach (var term in Terms)
        {
            var inner = term.Argument.Evaluate(point);
            if (inner.IsPositive)
            {
                sum += term.Coefficient * inner;
            }
        }

        return sum.Reduce();
    }

    /// <summary>
    /// Double value at a point, summing terms in written order with coefficients rounded once.
    /// NaN in any variable gives NaN (σ(NaN) is NaN, not 0).
    /// </summary>
    /// <param name="point">A value for each variable of the sum; extra names are ignored.</param>
    /// <returns>f(point) in double arithmetic: the affine part, then each term in order.</returns>
    /// <exception cref="ArgumentException">A variable of the sum has no value in <paramref name="point"/>.</exception>
    public double Evaluate(IReadOnlyDictionary<string, double> point)
    {
        var sum = Affine.Evaluate(point);
        foreach (var term in Terms)
        {
            sum += ExactMath.ToDouble(term.Coefficient) * Activation.Relu(term.Argument.Evaluate(point));
        }

        return sum;
    }

    /// <inheritdoc />
    public bool Equals(ReluSum? other) =>
        other is not null && Affine.Equals(other.Affine) && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReluSum);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Affine, Terms.Length);

    /// <summary>Parseable text, ReLU terms first: <c>σ(x) - 2*σ(x - 1) + x + 1</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var term in Terms)
        {
            TextForm.AppendTerm(text, term.Coefficient, TextForm.Sigma + "(" + term.Argument + ")");
        }

        foreach (var term in Affine.Terms)
        {
            TextForm.AppendTerm(text, term.Coefficient, term.Variable);
        }

        if (!Affine.Constant.IsZero || text.Length == 0)
        {
            TextForm.AppendTerm(text, Affine.Constant, null);
        }

        return text.ToString();
    }
}
