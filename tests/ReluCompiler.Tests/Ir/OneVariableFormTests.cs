using System;
using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Ir;

/// <summary>The canonical form in one variable: its build, σ∘f, and the breakpoints/pieces view it gives.</summary>
public sealed class OneVariableFormTests
{
    private static AffineForm Line(int w, int b) =>
        AffineForm.Create(new[] { new LinearTerm("x", new Fraction(w)) }, new Fraction(b));

    private static ReluSum Sum(params (int A, int W, int B)[] terms) =>
        new(AffineForm.Zero, terms.Select(t => new ReluTerm(new Fraction(t.A), Line(t.W, t.B))).ToImmutableArray());

    private static CanonicalForm Form(params (int A, int W, int B)[] terms) => CanonicalForm.FromReluSum(Sum(terms));

    private static CanonicalForm Constant(int value) =>
        CanonicalForm.FromReluSum(new ReluSum(AffineForm.FromConstant(new Fraction(value)), ImmutableArray<ReluTerm>.Empty));

    [Fact]
    public void ReluMinusMirroredReluIsTheIdentityLine() =>
        Assert.Equal("x", Form((1, 1, 0), (-1, -1, 0)).ToString());

    [Fact]
    public void ScaledArgumentMovesTheWeightOutside() =>
        Assert.Equal("2*σ(x - 1)", Form((1, 2, -2)).ToString());

    [Fact]
    public void LeftFacingUnitBecomesLinePlusRightFacingUnit() =>
        Assert.Equal("-1 - x + σ(x + 1)", Form((1, -1, -1)).ToString());

    [Fact]
    public void BlogConstantUnitFoldsIntoTheBias() =>
        Assert.Equal("1 + σ(x - 1)", Form((1, 1, -1), (1, 0, 1)).ToString());

    [Fact]
    public void ReluOfReluMinusOneIsShiftedRelu()
    {
        var inner = Form((1, 1, 0)).Add(Constant(-1));
        Assert.Equal("σ(x - 1)", inner.Relu().ToString());
    }

    [Fact]
    public void ReluOfAHatCrossingZeroKeepsOnlyThePositivePart()
    {
        // 2 - |x| as σ: 2 - σ(x) - σ(-x); σ of it is a tent on [-2, 2] with peak 2.
        var hat = CanonicalForm.FromReluSum(new ReluSum(AffineForm.FromConstant(2), Sum((-1, 1, 0), (-1, -1, 0)).Terms));
        var tent = hat.Relu();
        Assert.Equal("σ(x + 2) - 2*σ(x) + σ(x - 2)", tent.ToString());
        Assert.Equal(new Fraction(1), tent.ToUnivariate().Evaluate(new Fraction(1)));
        Assert.Equal(Fraction.Zero, tent.ToUnivariate().Evaluate(new Fraction(-5)));
    }

    [Fact]
    public void ReluOfALineAndOfConstantsIsExact()
    {
        var identity = Form((1, 1, 0), (-1, -1, 0));
        Assert.Equal("σ(x - 1)", identity.Add(Constant(-1)).Relu().ToString());
        Assert.Equal("2 - x + σ(x - 2)", identity.Scale(Fraction.MinusOne).Add(Constant(2)).Relu().ToString());
        Assert.Equal("3", Constant(3).Relu().ToString());
        Assert.Equal("0", Constant(-3).Relu().ToString());
    }

    [Fact]
    public void ReluOfAFunctionOfTwoVariablesIsRefused()
    {
        var form = CanonicalForm.FromReluSum(Canonical.ReluText.Parse("σ(x + y)"));
        Assert.Throws<InvalidOperationException>(form.Relu);
    }

    [Fact]
    public void PiecesAreAnchoredAtBreakpointsWithExactValues()
    {
        var pieces = Form((1, 1, 0), (-1, 1, -1)).ToUnivariate().Pieces();
        Assert.Equal(3, pieces.Length);
        Assert.Equal(new Fraction(0), pieces[0].Slope);
        Assert.Equal(new Fraction(1), pieces[1].Slope);
        Assert.Equal(new Fraction(1), pieces[2].ValueAtAnchor);
        Assert.Equal(new Fraction(0), pieces[2].Slope);
    }

    [Fact]
    public void TheViewReadsConstantSlopeAndBreakpointsOffTheForm()
    {
        // -1 - x + σ(x + 1) + 2σ(x - 1): c = -1, m = -1, kinks (-1, 1) and (1, 2), slope 2 far right.
        var form = Form((1, -1, -1), (1, 2, -2));
        var view = form.ToUnivariate();
        Assert.Same(form, view.Form);
        Assert.Equal("x", view.Variable);
        Assert.Equal(new Fraction(-1), view.Constant);
        Assert.Equal(new Fraction(-1), view.Slope);
        Assert.Equal(new[] { new Breakpoint(new Fraction(-1), new Fraction(1)), new Breakpoint(new Fraction(1), new Fraction(2)) }, view.Breakpoints);
        Assert.Equal(new Fraction(2), view.RightSlope);
        Assert.False(view.IsConstantFunction);
        Assert.Equal(form.ToString(), view.ToString());
    }

    [Fact]
    public void AConstantTakesTheNameItIsGivenAndAFunctionKeepsItsOwn()
    {
        Assert.Null(Constant(2).ToUnivariate().Variable);
        Assert.Equal("t", Constant(2).ToUnivariate("t").Variable);
        Assert.True(Constant(2).ToUnivariate("t").IsConstantFunction);
        Assert.Equal("x", Form((1, 1, 0)).ToUnivariate("x").Variable);
        var error = Assert.Throws<ArgumentException>(() => Form((1, 1, 0)).ToUnivariate("t"));
        Assert.Contains("`x`, not of `t`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFunctionOfTwoVariablesHasNoOneVariableView()
    {
        var form = CanonicalForm.FromReluSum(Canonical.ReluText.Parse("σ(x + y) + x"));
        var error = Assert.Throws<InvalidOperationException>(() => form.ToUnivariate());
        Assert.Contains("2 variables (x, y)", error.Message, StringComparison.Ordinal);
    }
}
