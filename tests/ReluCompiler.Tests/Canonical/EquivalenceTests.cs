using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Canonical;

public sealed class EquivalenceTests
{
    [Theory]
    [InlineData("σ(x) - σ(-x)", "x")]
    [InlineData("σ(2x - 2)", "2σ(x - 1)")]
    [InlineData("σ(-x - 1)", "-x - 1 + σ(x + 1)")]
    [InlineData("σ(x) + σ(-x)", "2σ(x) - x")]
    [InlineData("2 + σ(x - 2)", "x + σ(2 - x)")]
    [InlineData("σ(1x - 1) + σ(0x + 1)", "1 + σ(x - 1)")]
    [InlineData("σ(x - y) - σ(y - x)", "x - y")]
    [InlineData("σ(2x + 2y)", "2σ(x + y)")]
    [InlineData("σ(x + y) + σ(-x - y)", "σ(x + y) + σ(-x - y) + 0z")]
    public void RewritesOfTheSameFunctionAreEqual(string left, string right) =>
        Assert.True(Equivalence.Compare(ReluText.Parse(left), ReluText.Parse(right)).IsEqual);

    [Fact]
    public void ShiftedReluDiffersAtTheLaterBreakpoint()
    {
        var result = Equivalence.Compare(ReluText.Parse("σ(x - 1)"), ReluText.Parse("σ(x - 2)"));
        Assert.False(result.IsEqual);
        Assert.Equal(new Fraction(2), result.Witness!["x"]);
        Assert.Equal("not equal at x = 2: left = 1, right = 0", result.ToString());
    }

    [Fact]
    public void DifferentSlopesWithoutKinksDifferAwayFromTheOrigin()
    {
        var result = Equivalence.Compare(ReluText.Parse("2x"), ReluText.Parse("x"));
        Assert.Equal("not equal at x = 1: left = 2, right = 1", result.ToString());
    }

    [Fact]
    public void SumOfRelusIsNotTheReluOfTheSum()
    {
        // σ(x + y) − σ(x) − σ(y) is 0 at the origin and on the axes' good side, so the witness is found next to a kink.
        var result = Equivalence.Compare(ReluText.Parse("σ(x + y)"), ReluText.Parse("σ(x) + σ(y)"));
        Assert.Equal("not equal at x = -0.5, y = 1: left = 0.5, right = 1", result.ToString());
    }

    [Fact]
    public void ACancelledVariableGetsZeroAndTheKinkIsSteppedOver()
    {
        var result = Equivalence.Compare(ReluText.Parse("σ(x) + y"), ReluText.Parse("y"));
        Assert.Equal("not equal at x = 1, y = 0: left = 1, right = 0", result.ToString());
    }

    [Fact]
    public void WitnessNamesEveryRequestedVariableInTheGivenOrder()
    {
        var result = Equivalence.Compare(ReluText.Parse("σ(y)"), ReluText.Parse("0"), new[] { "y", "x" });
        Assert.Equal(new[] { "y", "x" }, result.Variables);
        Assert.Equal("not equal at y = 1, x = 0: left = 1, right = 0", result.ToString());
    }

    [Fact]
    public void AVariableMissingFromTheListIsAnError() =>
        Assert.Throws<ArgumentException>(() => Equivalence.Compare(ReluText.Parse("σ(y)"), ReluText.Parse("x"), new[] { "x" }));

    [Fact]
    public void ConstantsCompareWithAnEmptyWitness()
    {
        var result = Equivalence.Compare(ReluText.Parse("σ(0x + 1)"), ReluText.Parse("2"), Array.Empty<string>());
        Assert.False(result.IsEqual);
        Assert.Empty(result.Witness!);
        Assert.Equal((new Fraction(1), new Fraction(2)), (result.LeftValue!.Value, result.RightValue!.Value));
    }

    [Fact]
    public void EqualRewritesAreJudgedEqual() =>
        Gen.Select(RandomSums.AnySum, Gen.Int).Sample(
            (drawn, seed) => Assert.True(Equivalence.Compare(drawn.Sum, RandomSums.Rewrite(drawn.Sum, seed), drawn.Variables).IsEqual),
            iter: 400,
            threads: 1);

    [Fact]
    public void PerturbedCopiesDifferAtAWitnessThatExactEvaluationConfirms() =>
        Gen.Select(RandomSums.AnySum, Gen.Int, Gen.Int).Sample(
            (drawn, rewriteSeed, perturbSeed) =>
            {
                var left = drawn.Sum;
                var right = RandomSums.Perturb(RandomSums.Rewrite(left, rewriteSeed), drawn.Variables, perturbSeed);
                var result = Equivalence.Compare(left, right, drawn.Variables);
                Assert.False(result.IsEqual);
                var point = new Dictionary<string, Fraction>(result.Witness!);
                Assert.Equal(result.LeftValue, left.Evaluate(point));
                Assert.Equal(result.RightValue, right.Evaluate(point));
                Assert.NotEqual(left.Evaluate(point), right.Evaluate(point));
            },
            iter: 400,
            threads: 1);

    [Fact]
    public void DifferencesThatVanishAtTheOriginAreFoundNextToAKink() =>
        Gen.Select(RandomSums.AnySum, RandomSums.Sum(new[] { "x", "y", "z" }, 4), Gen.Int[1, 3]).Sample(
            (drawn, noise, n) =>
            {
                // Kinks through the origin only, so the origin never separates and the construction must.
                var variables = new[] { "x", "y", "z" }[..n];
                var through = noise.Terms
                    .Select(t => new ReluTerm(t.Coefficient, AffineForm.Create(t.Argument.Terms.Where(w => variables.Contains(w.Variable)), Fraction.Zero)))
                    .Where(t => !t.Argument.IsConstant && !t.Coefficient.IsZero)
                    .ToImmutableArray();
                var all = drawn.Variables.Union(variables).OrderBy(v => v, StringComparer.Ordinal).ToArray();
                var left = drawn.Sum;
                var right = left.Add(new ReluSum(AffineForm.Zero, through));
                var result = Equivalence.Compare(left, right, all);
                Assert.Equal(CanonicalForm.FromReluSum(left).Equals(CanonicalForm.FromReluSum(right)), result.IsEqual);
                if (!result.IsEqual)
                {
                    var point = new Dictionary<string, Fraction>(result.Witness!);
                    Assert.NotEqual(left.Evaluate(point), right.Evaluate(point));
                }
            },
            iter: 400,
            threads: 1);
}
