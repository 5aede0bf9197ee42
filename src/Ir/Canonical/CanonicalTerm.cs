using System;
using System.Text;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// One kink d·σ(h·x + β) of a <see cref="CanonicalForm"/>, such as <c>1/3*σ(x + y - 1)</c>: the
/// hyperplane h·x + β is scaled so that the first non-zero coefficient of h (in ordinal variable
/// order) is 1, and d is not zero.
/// </summary>
/// <param name="Coefficient">The non-zero kink coefficient d.</param>
/// <param name="Hyperplane">h·x + β with a leading coefficient of 1.</param>
public sealed record CanonicalTerm(Fraction Coefficient, AffineForm Hyperplane)
{
    /// <summary>The variable whose coefficient is 1 and comes first: the hyperplane's leading variable.</summary>
    public string LeadingVariable => Hyperplane.Terms[0].Variable;

    /// <inheritdoc />
    public bool Equals(CanonicalTerm? other) =>
        other is not null && Coefficient == other.Coefficient && Hyperplane.Equals(other.Hyperplane);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Coefficient, Hyperplane);

    /// <summary>Parseable text: <c>2*σ(x - 1)</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        TextForm.AppendTerm(text, Coefficient, TextForm.Sigma + "(" + Hyperplane + ")");
        return text.ToString();
    }
}
