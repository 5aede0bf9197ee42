using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Canonical;

public sealed class CanonicalFormTests
{
    public static TheoryData<string, string> Identities => CaseFile.Load("canonical.txt");

    [Theory]
    [MemberData(nameof(Identities))]
    public void EachSumHasTheTabledCanonicalText(string input, string expected) =>
        Assert.Equal(expected, CanonicalForm.FromReluSum(ReluText.Parse(input)).ToString());

    [Theory]
    [MemberData(nameof(Identities))]
    public void CanonicalTextReadsBackToTheSameForm(string input, string expected)
    {
        var form = CanonicalForm.FromReluSum(ReluText.Parse(input));
        var again = CanonicalForm.FromReluSum(ReluText.Parse(expected));
        Assert.Equal(form, again);
        Assert.Equal(form.GetHashCode(), again.GetHashCode());
        Assert.Equal(expected, again.ToString());
    }

    [Theory]
    [MemberData(nameof(Identities))]
    public void TheGeneralAlgorithmAgreesWithTheOneVariableOne(string input, string expected)
    {
        var sum = ReluText.Parse(input);
        Assert.Equal(expected, CanonicalForm.FromReluSumGeneral(sum).ToString());
    }

    [Fact]
    public void OneVariableFormIsItsBreakpointsInOrder()
    {
        var sum = ReluText.Parse("σ(-x - 1) + 3σ(2x - 1) - 1/3*σ(-3x + 7) + 2");
        var form = CanonicalForm.FromReluSum(sum);
        Assert.Equal("-4/3 + σ(x + 1) + 6*σ(x - 0.5) - σ(x - 7/3)", form.ToString());
        var view = form.ToUnivariate();
        Assert.Equal(new Fraction(-4, 3), view.Constant);
        Assert.Equal(Fraction.Zero, view.Slope);
        Assert.Equal(
            new[] { new Breakpoint(new Fraction(-1), Fraction.One), new Breakpoint(new Fraction(1, 2), new Fraction(6)), new Breakpoint(new Fraction(7, 3), Fraction.MinusOne) },
            view.Breakpoints);
    }

    [Fact]
    public void DifferenceOfTwoFormsMergesTheirKinks()
    {
        var left = CanonicalForm.FromReluSum(ReluText.Parse("σ(x + y) + σ(x - y) + y"));
        var right = CanonicalForm.FromReluSum(ReluText.Parse("σ(x - y) + 2σ(y - 1)"));
        Assert.Equal("y + σ(x + y) - 2*σ(y - 1)", left.Subtract(right).ToString());
        Assert.True(left.Subtract(left).IsZero);
    }

    [Fact]
    public void ConstantArgumentsFoldIntoTheConstant()
    {
        var form = CanonicalForm.FromReluSum(ReluText.Parse("2σ(0x + 3) - σ(0y - 5) + σ(x + y)"));
        Assert.Equal("6 + σ(x + y)", form.ToString());
        Assert.Equal(new[] { "x", "y" }, form.Variables);
    }

    [Fact]
    public void FormsOfDifferentFunctionsAreNotEqual() =>
        Assert.NotEqual(
            CanonicalForm.FromReluSum(ReluText.Parse("σ(x + y)")),
            CanonicalForm.FromReluSum(ReluText.Parse("σ(x + y - 1)")));

    [Fact]
    public void CanonicalizingTheCanonicalFormChangesNothing() =>
        RandomSums.AnySum.Sample(
            drawn =>
            {
                var form = CanonicalForm.FromReluSum(drawn.Sum);
                Assert.Equal(form, CanonicalForm.FromReluSum(form.ToReluSum()));
                Assert.Equal(form, CanonicalForm.FromReluSum(ReluText.Parse(form.ToString())));
                Assert.Equal(form.ToString(), CanonicalForm.FromReluSum(ReluText.Parse(form.ToString())).ToString());
            },
            iter: 400,
            threads: 1);

    [Fact]
    public void OneVariableFormsAgreeWithTheGeneralAlgorithmAndTheirViewWithTheSum() =>
        RandomSums.Sum(RandomSums.VariableSets[0]).Sample(
            sum =>
            {
                var form = CanonicalForm.FromReluSum(sum);
                var general = CanonicalForm.FromReluSumGeneral(sum);
                Assert.Equal(general, form);
                Assert.Equal(general.ToString(), form.ToString());

                // The view's value at every kink and beyond both ends is the sum's, by the reference interpreter.
                var view = form.ToUnivariate();
                var points = view.Breakpoints.Select(b => b.At).Append(Fraction.Zero);
                if (!view.Breakpoints.IsEmpty)
                {
                    points = points.Append(view.Breakpoints[0].At - 1).Append(view.Breakpoints[^1].At + 1);
                }

                foreach (var x in points)
                {
                    var point = new Dictionary<string, Fraction>(StringComparer.Ordinal) { ["x"] = x };
                    Assert.Equal(sum.Evaluate(point), view.Evaluate(x));
                }
            },
            iter: 400,
            threads: 1);

    [Fact]
    public void SumsOfFormsAreFormsOfSums() =>
        Gen.Select(RandomSums.AnySum, RandomSums.AnySum).Sample(
            (left, right) => Assert.Equal(
                CanonicalForm.FromReluSum(left.Sum.Add(right.Sum)),
                CanonicalForm.FromReluSum(left.Sum).Add(CanonicalForm.FromReluSum(right.Sum))),
            iter: 400,
            threads: 1);
}
