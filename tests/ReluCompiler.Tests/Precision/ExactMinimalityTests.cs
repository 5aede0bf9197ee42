using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Precision;

/// <summary>The smallest network is exact whatever the magnitudes, and never wider than the input.</summary>
public sealed class ExactMinimalityTests
{
    [Fact]
    public void HugeWeightsDoNotStopTheSearchFromFindingFourUnits()
    {
        var result = Relu.Parse("-100000000000000000002*x + 1e20*σ(x) + σ(x-1) + 2σ(x-2) + 5σ(x-3)").SmallestNetwork();
        Assert.Equal((4, true, 4), (result.Network.Hidden.Length, result.IsProvenMinimal, result.LowerBound));
        Assert.True(Relu.Equivalent(
            Relu.Parse("-100000000000000000002*x + 1e20*σ(x) + σ(x-1) + 2σ(x-2) + 5σ(x-3)"),
            Relu.Parse(result.Network.ToReluSum().ToString())).IsEqual);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void TrainedLookingNetworksAreNeverWidenedAndAreProvenMinimal(int inputs)
    {
        var random = new Random(40 + inputs);
        for (var width = 2; width <= 40; width++)
        {
            var text = Float32Network(random, inputs, width, linear: null);
            var result = Relu.Parse(text).SmallestNetwork();
            Assert.True(result.Network.Hidden.Length <= width, $"{width} units became {result.Network.Hidden.Length}: {text}");
            Assert.True(result.IsProvenMinimal, $"{width} units: {result.Note}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void BruteForceOverFacingsAgreesUpToTwelveKinks(int inputs)
    {
        var random = new Random(12 + inputs);
        for (var round = 0; round < 40; round++)
        {
            var width = random.Next(1, 13);
            var units = Units(random, inputs, width);

            // Half the time the linear part is what some other choice of facings yields, so K units suffice.
            var flips = Enumerable.Range(0, width).Select(_ => random.Next(2) == 1).ToArray();
            var linear = Enumerable.Range(0, inputs)
                .Select(j => random.Next(2) == 0
                    ? units.Where((u, k) => flips[k]).Aggregate(Fraction.Zero, (s, u) => s + u.Output * u.Weights[j]).Reduce()
                    : Float32(random))
                .ToArray();
            var expression = Relu.Parse(Text(units, linear));
            var hyperplanes = CanonicalForm.FromReluSum(expression.Sum).Terms.Length;
            var result = expression.SmallestNetwork();
            var bruteForceK = BruteForceReachesK(expression, inputs);
            Assert.True(result.IsProvenMinimal, result.Note);
            if (bruteForceK)
            {
                Assert.Equal(hyperplanes, result.Network.Hidden.Length);
            }
            else
            {
                Assert.True(result.Network.Hidden.Length > hyperplanes);
            }
        }
    }

    /// <summary>Every facing of every kink, tried: does one give the linear part with one unit per kink?</summary>
    private static bool BruteForceReachesK(ReluExpression expression, int inputs)
    {
        var form = CanonicalForm.FromReluSum(expression.Sum);
        var names = expression.Inputs;
        var count = form.Terms.Length;
        for (var mask = 0; mask < 1 << count; mask++)
        {
            var ok = true;
            for (var j = 0; j < inputs && ok; j++)
            {
                var sum = form.Affine.CoefficientOf(names[j]);
                for (var k = 0; k < count; k++)
                {
                    if ((mask >> k & 1) == 1)
                    {
                        sum += form.Terms[k].Coefficient * form.Terms[k].Hyperplane.CoefficientOf(names[j]);
                    }
                }

                ok = sum.IsZero;
            }

            if (ok)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Unit(Fraction[] Weights, Fraction Bias, Fraction Output);

    private static List<Unit> Units(Random random, int inputs, int width) =>
        Enumerable.Range(0, width)
            .Select(_ => new Unit(Enumerable.Range(0, inputs).Select(_ => Float32(random)).ToArray(), Float32(random), Float32(random)))
            .ToList();

    private static string Float32Network(Random random, int inputs, int width, Fraction[]? linear) =>
        Text(Units(random, inputs, width), linear ?? new Fraction[inputs]);

    private static string Text(List<Unit> units, Fraction[] linear)
    {
        string[] names = ["x", "y"];
        string Affine(Fraction[] weights, Fraction bias) =>
            string.Join(" + ", weights.Select((w, j) => $"({ExactMath.Format(w)})*{names[j]}")) + $" + ({ExactMath.Format(bias)})";
        var terms = units.Select(u => $"({ExactMath.Format(u.Output)})*σ({Affine(u.Weights, u.Bias)})").ToList();
        terms.Add(string.Join(" + ", linear.Select((w, j) => $"({ExactMath.Format(w)})*{names[j]}")));
        return string.Join(" + ", terms);
    }

    /// <summary>A float32 weight as trained models have: a dyadic rational with up to 24 significant bits.</summary>
    private static Fraction Float32(Random random)
    {
        var value = (float)((random.NextDouble() - 0.5) * Math.Pow(2, random.Next(-8, 4)));
        return value == 0 ? Fraction.One : CorrectRoundingTests.ExactOf(value);
    }
}
