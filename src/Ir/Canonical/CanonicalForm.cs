using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The canonical form of a ReLU sum in any number of variables:
/// f = c + a·x + Σₖ dₖ·σ(hₖ·x + βₖ), each hyperplane scaled so that its first non-zero coefficient
/// (in ordinal variable order) is 1, the hyperplanes distinct, every dₖ ≠ 0 and the kinks in
/// <see cref="HyperplaneOrder"/>. For example <c>1 + x - y + 2*σ(x - y) + 1/3*σ(x + y - 1)</c>.
/// Two ReLU sums are the same function exactly when their canonical forms are equal. In one variable it is
/// c + m·x + Σₖ dₖ·σ(x − tₖ) with t₁ &lt; t₂ &lt; …, and <see cref="ToUnivariate"/> gives its breakpoints and
/// pieces. This is the one type that holds a canonical form and combines forms. Immutable, with value equality.
/// </summary>
public sealed partial class CanonicalForm : IEquatable<CanonicalForm>
{
    /// <summary>The form 0.</summary>
    public static readonly CanonicalForm Zero = new(AffineForm.Zero, ImmutableArray<CanonicalTerm>.Empty);

    private CanonicalForm(AffineForm affine, ImmutableArray<CanonicalTerm> terms)
        : this(
            affine,
            terms,
            affine.Variables
                .Concat(terms.SelectMany(t => t.Hyperplane.Variables))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(v => v, VariableOrder.Instance)
                .ToImmutableArray())
    {
    }

    /// <summary>A form whose <paramref name="variables"/> the caller knows (the one-variable build), so no pass over the kinks finds them.</summary>
    private CanonicalForm(AffineForm affine, ImmutableArray<CanonicalTerm> terms, ImmutableArray<string> variables)
    {
        Affine = affine;
        Terms = terms;
        Variables = variables;
    }

    /// <summary>The affine part c + a·x.</summary>
    public AffineForm Affine { get; }

    /// <summary>The kinks dₖ·σ(hₖ·x + βₖ), in canonical order.</summary>
    public ImmutableArray<CanonicalTerm> Terms { get; }

    /// <summary>The variables the function really depends on, in natural order (<see cref="VariableOrder"/>).</summary>
    public ImmutableArray<string> Variables { get; }

    /// <summary>Whether this is the zero function.</summary>
    public bool IsZero => Terms.IsEmpty && Affine.IsConstant && Affine.Constant.IsZero;

    /// <summary>Whether the function depends on at most one variable (and so has a <see cref="ToUnivariate">one-variable view</see>).</summary>
    public bool IsUnivariate => Variables.Length <= 1;

    /// <summary>The form as a ReLU sum: <c>c + a·x + Σ dₖ·σ(hₖ·x + βₖ)</c>.</summary>
    /// <returns>A sum with the affine part and one term per kink, in canonical order; the same function.</returns>
    public ReluSum ToReluSum() =>
        new(Affine, Terms.Select(t => new ReluTerm(t.Coefficient, t.Hyperplane)).ToImmutableArray());

    /// <summary>Exact value at a point (every variable of the form must have a value), by the reference interpreter. O(K·n).</summary>
    /// <param name="point">A value for each variable of the form; extra names are ignored.</param>
    /// <returns>f(point), exact and reduced.</returns>
    /// <exception cref="ArgumentException">A variable of the form has no value in <paramref name="point"/>.</exception>
    public Fraction Evaluate(IReadOnlyDictionary<string, Fraction> point) => ToReluSum().Evaluate(point);

    /// <inheritdoc />
    public bool Equals(CanonicalForm? other) =>
        other is not null && Affine.Equals(other.Affine) && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CanonicalForm);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Affine);
        foreach (var term in Terms)
        {
            hash.Add(term);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// Parseable canonical text, constant first, then the linear terms, then the kinks:
    /// <c>1 + σ(x - 1)</c>, <c>-1 - x + σ(x + 1)</c>, <c>x - y + σ(x - 1/2*y)</c>, <c>0</c>.
    /// In one variable: <c>c + m·x + Σ dₖ·σ(x − tₖ)</c> with the kinks left to right.
    /// </summary>
    public override string ToString()
    {
        // One writer prints the form, here and streamed by `relu canon` (TextForm.WriteCanonical).
        using var text = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        TextForm.WriteCanonical(text, this);
        return text.ToString();
    }
}
