using System;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>One term a·σ(w·x + b) of a ReLU sum, such as <c>-2*σ(x - 1)</c>.</summary>
public sealed class ReluTerm : IEquatable<ReluTerm>
{
    /// <summary>A term a·σ(argument).</summary>
    /// <param name="coefficient">The outer coefficient a, exact; kept reduced, zero allowed.</param>
    /// <param name="argument">The argument w·x + b of σ.</param>
    /// <exception cref="ArgumentNullException"><paramref name="argument"/> is null.</exception>
    public ReluTerm(Fraction coefficient, AffineForm argument)
    {
        Coefficient = coefficient.Reduce();
        Argument = argument ?? throw new ArgumentNullException(nameof(argument));
    }

    /// <summary>The outer coefficient a.</summary>
    public Fraction Coefficient { get; }

    /// <summary>The affine argument w·x + b of σ.</summary>
    public AffineForm Argument { get; }

    /// <summary>The same term multiplied by <paramref name="factor"/>.</summary>
    /// <param name="factor">The exact factor.</param>
    /// <returns>(factor · a)·σ(w·x + b): the argument is unchanged, so a negative factor does not move the kink.</returns>
    public ReluTerm Scale(Fraction factor) => new(Coefficient * factor, Argument);

    /// <inheritdoc />
    public bool Equals(ReluTerm? other) =>
        other is not null && Coefficient == other.Coefficient && Argument.Equals(other.Argument);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReluTerm);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Coefficient, Argument);

    /// <summary>Parseable text: <c>2*σ(x - 1)</c>.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        TextForm.AppendTerm(text, Coefficient, TextForm.Sigma + "(" + Argument + ")");
        return text.ToString();
    }
}
