using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Ir;

public sealed class UnivariateFormTests
{
    private static AffineForm Line(int w, int b) =>
        AffineForm.Create(new[] { new LinearTerm("x", new Fraction(w)) }, new Fraction(b));

    private static ReluSum Sum(params (int A, int W, int B)[] terms) =>
        new(AffineForm.Zero, terms.Select(t => new ReluTerm(new Fraction(t.A), Line(t.W, t.B))).ToImmutableArray());

    [Fact]
    public void ReluMinusMirroredReluIsTheIdentityLine() =>
        Assert.Equal("x", UnivariateForm.FromReluSum(Sum((1, 1, 0), (-1, -1, 0))).ToString());

    [Fact]
    public void ScaledArgumentMovesTheWeightOutside() =>
        Assert.Equal("2*σ(x - 1)", UnivariateForm.FromReluSum(Sum((1, 2, -2))).ToString());

    [Fact]
    public void LeftFacingUnitBecomesLinePlusRightFacingUnit() =>
        Assert.Equal("-1 - x + σ(x + 1)", UnivariateForm.FromReluSum(Sum((1, -1, -1))).ToString());

    [Fact]
    public void BlogConstantUnitFoldsIntoTheBias() =>
        Assert.Equal("1 + σ(x - 1)", UnivariateForm.FromReluSum(Sum((1, 1, -1), (1, 0, 1))).ToString());

    [Fact]
    public void ReluOfReluMinusOneIsShiftedRelu()
    {
        var inner = UnivariateForm.FromReluSum(Sum((1, 1, 0))).Add(UnivariateForm.FromConstant(-1));
        Assert.Equal("σ(x - 1)", inner.Relu().ToString());
    }

    [Fact]
    public void ReluOfAHatCrossingZeroKeepsOnlyThePositivePart()
    {
        // 2 - |x| as σ: 2 - σ(x) - σ(-x); σ of it is a tent on [-2, 2] with peak 2.
        var hat = UnivariateForm.FromReluSum(new ReluSum(AffineForm.FromConstant(2), Sum((-1, 1, 0), (-1, -1, 0)).Terms));
        var tent = hat.Relu();
        Assert.Equal("σ(x + 2) - 2*σ(x) + σ(x - 2)", tent.ToString());
        Assert.Equal(new Fraction(1), tent.Evaluate(new Fraction(1)));
        Assert.Equal(Fraction.Zero, tent.Evaluate(new Fraction(-5)));
    }

    [Fact]
    public void PiecesAreAnchoredAtBreakpointsWithExactValues()
    {
        var pieces = UnivariateForm.FromReluSum(Sum((1, 1, 0), (-1, 1, -1))).Pieces();
        Assert.Equal(3, pieces.Length);
        Assert.Equal(new Fraction(0), pieces[0].Slope);
        Assert.Equal(new Fraction(1), pieces[1].Slope);
        Assert.Equal(new Fraction(1), pieces[2].ValueAtAnchor);
        Assert.Equal(new Fraction(0), pieces[2].Slope);
    }
}
