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
/// Two ReLU sums are the same function exactly when their canonical forms are equal. In one variable
/// the form and its text are those of <see cref="UnivariateForm"/>. Immutable, with value equality.
/// </summary>
public sealed partial class CanonicalForm : IEquatable<CanonicalForm>
{
    /// <summary>The form 0.</summary>
    public static readonly CanonicalForm Zero = new(AffineForm.Zero, ImmutableArray<CanonicalTerm>.Empty);

    private CanonicalForm(AffineForm affine, ImmutableArray<CanonicalTerm> terms)
    {
        Affine = affine;
        Terms = terms;
        Variables = affine.Variables
            .Concat(terms.SelectMany(t => t.Hyperplane.Variables))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(v => v, VariableOrder.Instance)
            .ToImmutableArray();
    }

    /// <summary>The affine part c + a·x.</summary>
    public AffineForm Affine { get; }

    /// <summary>The kinks dₖ·σ(hₖ·x + βₖ), in canonical order.</summary>
    public ImmutableArray<CanonicalTerm> Terms { get; }

    /// <summary>The variables the function really depends on, in natural order (<see cref="VariableOrder"/>).</summary>
    public ImmutableArray<string> Variables { get; }

    /// <summary>Whether this is the zero function.</summary>
    public bool IsZero => Terms.IsEmpty && Affine.IsConstant && Affine.Constant.IsZero;

    /// <summary>Whether the function depends on at most one variable (and so has a <see cref="UnivariateForm"/>).</summary>
    public bool IsUnivariate => Variables.Length <= 1;

    /// <summary>The form as a ReLU sum: <c>c + a·x + Σ dₖ·σ(hₖ·x + βₖ)</c>.</summary>
    /// <returns>A sum with the affine part and one term per kink, in canonical order; the same function.</returns>
    public ReluSum ToReluSum() =>
        new(Affine, Terms.Select(t => new ReluTerm(t.Coefficient, t.Hyperplane)).ToImmutableArray());

    /// <summary>The same function as a <see cref="UnivariateForm"/>; only for <see cref="IsUnivariate"/> forms.</summary>
    /// <returns>The one-variable form (a constant without a variable name when the function is constant).</returns>
    /// <exception cref="InvalidOperationException">The function depends on more than one variable.</exception>
    public UnivariateForm ToUnivariate()
    {
        if (!IsUnivariate)
        {
            throw new InvalidOperationException(
                $"A one-variable form was asked of a function of {Variables.Length} variables ({string.Join(", ", Variables)}).");
        }

        return UnivariateForm.FromReluSum(ToReluSum());
    }

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
    /// In one variable it is exactly <see cref="UnivariateForm.ToString"/>.
    /// </summary>
    public override string ToString()
    {
        // One writer prints the form, here and streamed by `relu canon` (TextForm.WriteCanonical).
        using var text = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        TextForm.WriteCanonical(text, this);
        return text.ToString();
    }
}
