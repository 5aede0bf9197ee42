using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The canonical form of a one-variable ReLU sum:
/// f(x) = c + m·x + Σₖ dₖ·σ(x − tₖ) with t₁ &lt; t₂ &lt; … and every dₖ ≠ 0, for example
/// <c>1 + σ(x - 1)</c>. Two one-variable expressions are the same function exactly when these
/// forms are equal. Immutable, with value equality.
/// </summary>
public sealed partial class UnivariateForm : IEquatable<UnivariateForm>
{
    private UnivariateForm(string? variable, Fraction constant, Fraction slope, ImmutableArray<Breakpoint> breakpoints)
    {
        Variable = variable;
        Constant = constant.Reduce();
        Slope = slope.Reduce();
        Breakpoints = breakpoints;
    }

    /// <summary>The variable's name; null for a constant function that never named one.</summary>
    public string? Variable { get; }

    /// <summary>c: the value at 0 of the line the function follows far to the left.</summary>
    public Fraction Constant { get; }

    /// <summary>m: the slope far to the left.</summary>
    public Fraction Slope { get; }

    /// <summary>The kinks, sorted by position, none with a zero slope change.</summary>
    public ImmutableArray<Breakpoint> Breakpoints { get; }

    /// <summary>The slope far to the right: m + Σ dₖ.</summary>
    public Fraction RightSlope => Breakpoints.Aggregate(Slope, (s, b) => s + b.SlopeChange).Reduce();

    /// <summary>The constant function <paramref name="value"/>.</summary>
    /// <param name="value">The constant, exact.</param>
    /// <param name="variable">The variable the constant is a function of, or null for none.</param>
    /// <returns>c = <paramref name="value"/>, no slope, no kinks.</returns>
    public static UnivariateForm FromConstant(Fraction value, string? variable = null) =>
        new(variable, value, Fraction.Zero, ImmutableArray<Breakpoint>.Empty);

    /// <summary>
    /// The canonical form of a ReLU sum in at most one variable, in O(n log n): each term
    /// a·σ(w·x + b) becomes a kink at −b/w (a left-facing unit adds its line, since σ(−z) = σ(z) − z),
    /// then equal kinks merge and zero ones drop.
    /// </summary>
    /// <param name="sum">A sum that mentions at most one variable.</param>
    /// <returns>Its canonical form; without a variable, a constant whose <see cref="Variable"/> is null.</returns>
    /// <exception cref="ArgumentException"><paramref name="sum"/> mentions more than one variable.</exception>
    /// <exception cref="LimitExceededException">The numbers created pass the limits of one expression (<see cref="Limits"/>).</exception>
    public static UnivariateForm FromReluSum(ReluSum sum)
    {
        var variables = sum.Variables;
        if (variables.Length > 1)
        {
            throw new ArgumentException(
                $"A one-variable form was asked of an expression in {variables.Length} variables ({string.Join(", ", variables)}).", nameof(sum));
        }

        var variable = variables.IsEmpty ? null : variables[0];
        var constant = sum.Affine.Constant;
        var slope = variable is null ? Fraction.Zero : sum.Affine.CoefficientOf(variable);
        var kinks = new List<Breakpoint>(sum.Terms.Length);

        // Terms may share one long coefficient; each kink made from it is a number of its own.
        var budget = new ComputationBudget();
        foreach (var term in sum.Terms)
        {
            var a = term.Coefficient;
            var b = term.Argument.Constant;
            var w = variable is null ? Fraction.Zero : term.Argument.CoefficientOf(variable);
            if (w.IsZero)
            {
                if (b.IsPositive)
                {
                    constant = Limits.CheckDigits(constant + a * b, "the constant");
                }

                continue;
            }

            var at = budget.Spend((-b / w).Reduce());
            if (w.IsPositive)
            {
                kinks.Add(new Breakpoint(at, budget.Spend((a * w).Reduce())));
            }
            else
            {
                // a·σ(w·x + b) with w = −u: a·u·(σ(x − t) − x + t).
                var au = budget.Spend((a * -w).Reduce());
                kinks.Add(new Breakpoint(at, au));
                slope = Limits.CheckDigits(slope - au, "the slope");
                constant = Limits.CheckDigits(constant + au * at, "the constant");
            }
        }

        return new UnivariateForm(variable, constant, slope, Merge(kinks));
    }

    /// <summary>The form as a ReLU sum: <c>c + m·x + Σ dₖ·σ(x − tₖ)</c>.</summary>
    /// <returns>A sum with one term σ(x − tₖ) per kink, left to right; the same function.</returns>
    public ReluSum ToReluSum()
    {
        var name = Variable ?? "x";
        var affine = Slope.IsZero
            ? AffineForm.FromConstant(Constant)
            : AffineForm.Create(new[] { new LinearTerm(name, Slope) }, Constant);
        var terms = Breakpoints
            .Select(b => new ReluTerm(b.SlopeChange, AffineForm.Create(new[] { new LinearTerm(name, Fraction.One) }, -b.At)))
            .ToImmutableArray();
        return new ReluSum(affine, terms);
    }

    /// <summary>Exact value at <paramref name="x"/>: the left line plus every kink left of x (O(K); use <see cref="Pieces"/> for many points).</summary>
    /// <param name="x">The point, exact.</param>
    /// <returns>f(<paramref name="x"/>), exact and reduced.</returns>
    public Fraction Evaluate(Fraction x)
    {
        var value = Constant + Slope * x;
        foreach (var kink in Breakpoints)
        {
            if (kink.At >= x)
            {
                break;
            }

            value += kink.SlopeChange * (x - kink.At);
        }

        return value.Reduce();
    }

    /// <summary>this + other; the two must be in the same variable (or constant).</summary>
    /// <param name="other">The form to add.</param>
    /// <returns>The canonical form of the sum; kinks that cancel are gone.</returns>
    /// <exception cref="ArgumentException">The two forms are in differently named variables.</exception>
    /// <exception cref="LimitExceededException">A merged slope change passes <see cref="Limits.MaxExactDigits"/>.</exception>
    public UnivariateForm Add(UnivariateForm other)
    {
        var variable = JoinVariable(Variable, other.Variable);
        var kinks = new List<Breakpoint>(Breakpoints.Length + other.Breakpoints.Length);
        kinks.AddRange(Breakpoints);
        kinks.AddRange(other.Breakpoints);
        return new UnivariateForm(variable, Constant + other.Constant, Slope + other.Slope, Merge(kinks));
    }

    /// <summary>factor · this.</summary>
    /// <param name="factor">The exact factor; 0 gives the constant 0 in the same variable.</param>
    /// <returns>The canonical form of the scaled function: the same kinks, each slope change times <paramref name="factor"/>.</returns>
    public UnivariateForm Scale(Fraction factor) =>
        factor.IsZero
            ? FromConstant(Fraction.Zero, Variable)
            : new UnivariateForm(
                Variable,
                Constant * factor,
                Slope * factor,
                Breakpoints.Select(b => b with { SlopeChange = (b.SlopeChange * factor).Reduce() }).ToImmutableArray());

    /// <inheritdoc />
    public bool Equals(UnivariateForm? other) =>
        other is not null
        && Constant == other.Constant
        && Slope == other.Slope
        && Breakpoints.SequenceEqual(other.Breakpoints)
        && (IsConstantFunction || string.Equals(Variable, other.Variable, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnivariateForm);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Constant, Slope, Breakpoints.Length);

    /// <summary>Whether the function is constant (no slope, no kinks).</summary>
    public bool IsConstantFunction => Slope.IsZero && Breakpoints.IsEmpty;

    /// <summary>Parseable canonical text: <c>1 + σ(x - 1)</c>, <c>-x - 1 + σ(x + 1)</c>, <c>0</c>.</summary>
    public override string ToString()
    {
        var name = Variable ?? "x";
        var text = new StringBuilder();
        if (!Constant.IsZero)
        {
            TextForm.AppendTerm(text, Constant, null);
        }

        if (!Slope.IsZero)
        {
            TextForm.AppendTerm(text, Slope, name);
        }

        foreach (var kink in Breakpoints)
        {
            var argument = AffineForm.Create(new[] { new LinearTerm(name, Fraction.One) }, -kink.At);
            TextForm.AppendTerm(text, kink.SlopeChange, TextForm.Sigma + "(" + argument + ")");
        }

        return text.Length == 0 ? "0" : text.ToString();
    }

    private static string? JoinVariable(string? left, string? right)
    {
        if (left is not null && right is not null && !string.Equals(left, right, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot combine one-variable forms in `{left}` and `{right}`.");
        }

        return left ?? right;
    }

    /// <summary>Sorts kinks by position, adds those at the same point and drops zero ones.</summary>
    private static ImmutableArray<Breakpoint> Merge(List<Breakpoint> kinks)
    {
        FractionOrder.SortBy(kinks, b => b.At);
        var merged = ImmutableArray.CreateBuilder<Breakpoint>(kinks.Count);
        var i = 0;
        while (i < kinks.Count)
        {
            var at = kinks[i].At;
            var change = Fraction.Zero;
            for (; i < kinks.Count && kinks[i].At == at; i++)
            {
                change = Limits.CheckDigits(change + kinks[i].SlopeChange, "the slope change at a breakpoint");
            }

            change = change.Reduce();
            if (!change.IsZero)
            {
                merged.Add(new Breakpoint(at, change));
            }
        }

        return merged.ToImmutable();
    }
}
