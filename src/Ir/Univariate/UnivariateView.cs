using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// A read-only view of a <see cref="CanonicalForm"/> in at most one variable, as
/// f(x) = c + m·x + Σₖ dₖ·σ(x − tₖ) with t₁ &lt; t₂ &lt; … and every dₖ ≠ 0: its breakpoints, its
/// linear pieces and its slopes. Made by <see cref="CanonicalForm.ToUnivariate"/> in O(K); it holds no
/// algebra of its own (sums, scaling, equality and σ∘f belong to the form, <see cref="Form"/>).
/// </summary>
public sealed class UnivariateView
{
    internal UnivariateView(CanonicalForm form, string? variable)
    {
        Form = form;
        Variable = variable;
        Constant = form.Affine.Constant;
        Slope = variable is null ? Fraction.Zero : form.Affine.CoefficientOf(variable);
        var breakpoints = ImmutableArray.CreateBuilder<Breakpoint>(form.Terms.Length);
        foreach (var term in form.Terms)
        {
            // The hyperplane of a one-variable kink is x − tₖ.
            breakpoints.Add(new Breakpoint(-term.Hyperplane.Constant, term.Coefficient));
        }

        Breakpoints = breakpoints.MoveToImmutable();
    }

    /// <summary>The canonical form this view reads.</summary>
    public CanonicalForm Form { get; }

    /// <summary>The variable's name; null for a constant function that was given no name.</summary>
    public string? Variable { get; }

    /// <summary>c: the value at 0 of the line the function follows far to the left.</summary>
    public Fraction Constant { get; }

    /// <summary>m: the slope far to the left.</summary>
    public Fraction Slope { get; }

    /// <summary>The kinks, sorted by position, none with a zero slope change.</summary>
    public ImmutableArray<Breakpoint> Breakpoints { get; }

    /// <summary>The slope far to the right: m + Σ dₖ.</summary>
    public Fraction RightSlope => Breakpoints.Aggregate(Slope, (s, b) => s + b.SlopeChange).Reduce();

    /// <summary>Whether the function is constant (no slope, no kinks).</summary>
    public bool IsConstantFunction => Slope.IsZero && Breakpoints.IsEmpty;

    /// <summary>
    /// The K + 1 linear pieces between the kinks, left to right, each anchored at a breakpoint with its
    /// exact value there. A function with no kinks is one piece anchored at 0.
    /// </summary>
    /// <returns>K + 1 pieces with exact ends, anchors, values and slopes; the first starts at −∞, the last ends at +∞.</returns>
    public ImmutableArray<LinearPiece> Pieces()
    {
        var pieces = ImmutableArray.CreateBuilder<LinearPiece>(Breakpoints.Length + 1);
        if (Breakpoints.IsEmpty)
        {
            pieces.Add(new LinearPiece(null, null, Fraction.Zero, Constant, Slope));
            return pieces.ToImmutable();
        }

        var first = Breakpoints[0].At;
        var value = (Constant + Slope * first).Reduce();
        var slope = Slope;
        pieces.Add(new LinearPiece(null, first, first, value, slope));
        for (var k = 0; k < Breakpoints.Length; k++)
        {
            var at = Breakpoints[k].At;
            slope = (slope + Breakpoints[k].SlopeChange).Reduce();
            Fraction? next = k + 1 < Breakpoints.Length ? Breakpoints[k + 1].At : null;
            pieces.Add(new LinearPiece(at, next, at, value, slope));
            if (next is { } to)
            {
                value = (value + slope * (to - at)).Reduce();
            }
        }

        return pieces.MoveToImmutable();
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

    /// <summary>The form's canonical text (<see cref="CanonicalForm.ToString"/>): <c>1 + σ(x - 1)</c>, <c>-1 - x + σ(x + 1)</c>, <c>0</c>.</summary>
    public override string ToString() => Form.ToString();
}
