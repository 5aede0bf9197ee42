using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// An affine form w·x + b over named variables, such as <c>2*x - y + 1</c>: exact coefficients,
/// variables in <see cref="VariableOrder"/> (natural order), no zero coefficients. Immutable, with value equality.
/// </summary>
public sealed class AffineForm : IEquatable<AffineForm>
{
    /// <summary>The form 0.</summary>
    public static readonly AffineForm Zero = new(ImmutableArray<LinearTerm>.Empty, Fraction.Zero);

    private AffineForm(ImmutableArray<LinearTerm> terms, Fraction constant)
    {
        Terms = terms;
        Constant = constant;
    }

    /// <summary>The variable terms in <see cref="VariableOrder"/>, one per variable, none with a zero coefficient.</summary>
    public ImmutableArray<LinearTerm> Terms { get; }

    /// <summary>The constant b.</summary>
    public Fraction Constant { get; }

    /// <summary>Whether the form has no variable terms.</summary>
    public bool IsConstant => Terms.IsEmpty;

    /// <summary>The variable names, in <see cref="VariableOrder"/>.</summary>
    public IEnumerable<string> Variables => Terms.Select(t => t.Variable);

    /// <summary>The constant form <paramref name="value"/>.</summary>
    /// <param name="value">The constant, exact.</param>
    /// <returns>A form with no variable terms and the constant reduced.</returns>
    public static AffineForm FromConstant(Fraction value) => new(ImmutableArray<LinearTerm>.Empty, value.Reduce());

    /// <summary>The form 1·<paramref name="name"/>.</summary>
    /// <param name="name">The variable's name; not checked (the parser checks names).</param>
    /// <returns>The form with one term of coefficient 1 and constant 0.</returns>
    public static AffineForm FromVariable(string name) => new(ImmutableArray.Create(new LinearTerm(name, Fraction.One)), Fraction.Zero);

    /// <summary>A form from any coefficients: sorts, merges equal names and drops zeros.</summary>
    /// <param name="terms">Coefficients by variable, in any order; a name may repeat and a coefficient may be zero.</param>
    /// <param name="constant">The constant b.</param>
    /// <returns>The form with one reduced term per variable whose coefficients do not sum to zero.</returns>
    public static AffineForm Create(IEnumerable<LinearTerm> terms, Fraction constant)
    {
        // One array, sorted and merged in place: most forms have one or two terms, where a list, a builder
        // and a dictionary would each cost more than the form (parsing builds one per σ, flattening one per kink).
        var sorted = terms.ToArray();
        if (sorted.Length > 1)
        {
            Array.Sort(sorted, static (p, q) => VariableOrder.Compare(p.Variable, q.Variable));
        }

        var count = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var name = sorted[i].Variable;
            var coefficient = sorted[i].Coefficient;
            for (i++; i < sorted.Length && string.Equals(sorted[i].Variable, name, StringComparison.Ordinal); i++)
            {
                coefficient += sorted[i].Coefficient;
            }

            var reduced = coefficient.Reduce();
            if (!reduced.IsZero)
            {
                sorted[count++] = new LinearTerm(name, reduced);
            }
        }

        return new AffineForm(Owned(sorted, count), constant.Reduce());
    }

    /// <summary>The coefficient of <paramref name="variable"/>, zero when absent.</summary>
    /// <param name="variable">The variable's name, compared ordinally.</param>
    /// <returns>The exact coefficient.</returns>
    public Fraction CoefficientOf(string variable)
    {
        foreach (var term in Terms)
        {
            if (string.Equals(term.Variable, variable, StringComparison.Ordinal))
            {
                return term.Coefficient;
            }
        }

        return Fraction.Zero;
    }

    /// <summary>this + other.</summary>
    /// <param name="other">The form to add.</param>
    /// <returns>The sum, with terms that cancel removed.</returns>
    public AffineForm Add(AffineForm other)
    {
        var constant = (Constant + other.Constant).Reduce();
        if (other.IsConstant || IsConstant)
        {
            return new AffineForm(IsConstant ? other.Terms : Terms, constant);
        }

        // Both term lists are sorted with distinct names: one merge, no sort.
        var merged = new LinearTerm[Terms.Length + other.Terms.Length];
        int i = 0, j = 0, count = 0;
        while (i < Terms.Length || j < other.Terms.Length)
        {
            var order = i == Terms.Length ? 1
                : j == other.Terms.Length ? -1
                : VariableOrder.Compare(Terms[i].Variable, other.Terms[j].Variable);
            var term = order < 0 ? Terms[i++]
                : order > 0 ? other.Terms[j++]
                : new LinearTerm(Terms[i].Variable, (Terms[i++].Coefficient + other.Terms[j++].Coefficient).Reduce());
            if (!term.Coefficient.IsZero)
            {
                merged[count++] = term;
            }
        }

        return new AffineForm(Owned(merged, count), constant);
    }

    /// <summary>this − other.</summary>
    /// <param name="other">The form to subtract.</param>
    /// <returns>The difference, with terms that cancel removed.</returns>
    public AffineForm Subtract(AffineForm other) => Add(other.Scale(Fraction.MinusOne));

    /// <summary>factor · this.</summary>
    /// <param name="factor">The exact factor; 0 gives <see cref="Zero"/>.</param>
    /// <returns>The scaled form.</returns>
    public AffineForm Scale(Fraction factor)
    {
        if (factor.IsZero)
        {
            return Zero;
        }

        var terms = new LinearTerm[Terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = new LinearTerm(Terms[i].Variable, (Terms[i].Coefficient * factor).Reduce());
        }

        return new AffineForm(Owned(terms, terms.Length), (Constant * factor).Reduce());
    }

    /// <summary>this + value.</summary>
    /// <param name="value">The exact amount added to the constant.</param>
    /// <returns>The form with the same terms and the new constant.</returns>
    public AffineForm AddConstant(Fraction value) => new(Terms, (Constant + value).Reduce());

    /// <summary>Exact value at a point; a variable missing from <paramref name="point"/> is an error.</summary>
    /// <param name="point">A value for each variable of the form; extra names are ignored.</param>
    /// <returns>w·x + b, exact and reduced.</returns>
    /// <exception cref="ArgumentException">A variable of the form has no value in <paramref name="point"/>.</exception>
    public Fraction Evaluate(IReadOnlyDictionary<string, Fraction> point)
    {
        var sum = Constant;
        foreach (var term in Terms)
        {
            sum += term.Coefficient * Lookup(point, term.Variable);
        }

        return sum.Reduce();
    }

    /// <summary>Double value at a point; each coefficient is rounded once to the nearest double.</summary>
    /// <param name="point">A value for each variable of the form; extra names are ignored.</param>
    /// <returns>w·x + b in double arithmetic: the constant, then each term in <see cref="Terms"/> order.</returns>
    /// <exception cref="ArgumentException">A variable of the form has no value in <paramref name="point"/>.</exception>
    public double Evaluate(IReadOnlyDictionary<string, double> point)
    {
        var sum = ExactMath.ToDouble(Constant);
        foreach (var term in Terms)
        {
            sum += ExactMath.ToDouble(term.Coefficient) * Lookup(point, term.Variable);
        }

        return sum;
    }

    /// <inheritdoc />
    public bool Equals(AffineForm? other) =>
        other is not null && Constant == other.Constant && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AffineForm);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Constant);
        foreach (var term in Terms)
        {
            hash.Add(term);
        }

        return hash.ToHashCode();
    }

    /// <summary>Parseable text: <c>2*x - y + 1/3</c>, <c>x - 1</c>, <c>0</c>.</summary>
    public override string ToString()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        TextForm.WriteAffine(text, this);
        return text.ToString();
    }

    /// <summary>The first <paramref name="count"/> terms of an array no one else holds, without copying it when it is full.</summary>
    private static ImmutableArray<LinearTerm> Owned(LinearTerm[] terms, int count) =>
        count == terms.Length ? ImmutableCollectionsMarshal.AsImmutableArray(terms) : ImmutableArray.Create(terms, 0, count);

    private static T Lookup<T>(IReadOnlyDictionary<string, T> point, string variable) =>
        point.TryGetValue(variable, out var value)
            ? value
            : throw new ArgumentException($"No value was given for the variable `{variable}`.", nameof(point));
}
