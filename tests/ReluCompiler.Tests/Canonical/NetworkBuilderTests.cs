using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Canonical;

public sealed class NetworkBuilderTests
{
    private static readonly string[] X = { "x" };

    /// <summary>Units as <c>out*σ(w…; b)</c>, then the bias: compact enough to assert whole networks inline.</summary>
    private static string Describe(Network network) =>
        string.Join(" ", network.Hidden.Select(u =>
            ExactMath.Format(u.OutputWeight) + "σ(" + string.Join(",", u.Weights.Select(ExactMath.Format)) + ";" + ExactMath.Format(u.Bias) + ")"))
        + " | " + ExactMath.Format(network.OutputBias);

    private static void AssertSameFunction(ReluSum source, Network network) =>
        Assert.Equal(CanonicalForm.FromReluSum(source), CanonicalForm.FromReluSum(network.ToReluSum()));

    [Fact]
    public void ShiftedReluPlusOneIsOneUnitWithOutputBiasOne()
    {
        var result = NetworkBuilder.Smallest(ReluText.Parse("σ(x-1)+1"), X);
        Assert.Equal("1σ(1;-1) | 1", Describe(result.Network));
        Assert.True(result.IsProvenMinimal);
        Assert.Null(result.Note);
    }

    [Theory]
    [InlineData("5", " | 5", 0)]
    [InlineData("2x + 1", "2σ(1;0) -2σ(-1;0) | 1", 2)]
    [InlineData("σ(x) - σ(-x)", "1σ(1;0) -1σ(-1;0) | 0", 2)]
    [InlineData("σ(x) + σ(-x)", "1σ(1;0) 1σ(-1;0) | 0", 2)]
    // Right slope 0: every unit faces left.
    [InlineData("-2x + σ(x) + σ(x - 1)", "1σ(-1;0) 1σ(-1;1) | -1", 2)]
    // m = 0: every unit faces right, the output bias takes the constant.
    [InlineData("x + σ(2 - x)", "1σ(1;-2) | 2", 1)]
    // One dₖ = −m: that unit faces left.
    [InlineData("-x + σ(x - 1) + 3σ(x - 2)", "1σ(-1;1) 3σ(1;-2) | -1", 2)]
    // No subset of {1, 1} sums to −3: two units at the first kink.
    [InlineData("3x + σ(x) + σ(x - 1)", "4σ(1;0) -3σ(-1;0) 1σ(1;-1) | 0", 3)]
    public void OneVariableWidthsFollowTheSubsetSumRule(string input, string expected, int width)
    {
        var source = ReluText.Parse(input);
        var result = NetworkBuilder.Smallest(source, X);
        Assert.Equal(expected, Describe(result.Network));
        Assert.Equal(width, result.Network.Hidden.Length);
        Assert.True(result.IsProvenMinimal);
        Assert.Equal(width, result.LowerBound);
        AssertSameFunction(source, result.Network);
    }

    [Theory]
    // σ(x − y) − x + y is σ(y − x): the unit faces the other way.
    [InlineData("σ(x - y) - x + y", "1σ(-1,1;0) | 0", 1)]
    // σ(z) + z is not one ReLU: a second unit on the same hyperplane supplies the line.
    [InlineData("σ(x - y) + x - y", "2σ(1,-1;0) -1σ(-1,1;0) | 0", 2)]
    // x − y is parallel to no kink hyperplane: two units of its own.
    [InlineData("σ(x - y) - σ(y - x) + σ(x + y)", "1σ(1,1;0) 1σ(1,-1;0) -1σ(-1,1;0) | 0", 3)]
    // x is not a multiple of (1, 1) and no flip helps: the line needs two more units.
    [InlineData("σ(x + y) + x", "1σ(1,1;0) 1σ(1,0;0) -1σ(-1,0;0) | 0", 3)]
    // y − x + σ(x − y) + σ(x + y): flipping σ(x − y) gives the linear part exactly.
    [InlineData("σ(y - x) + σ(x + y)", "1σ(-1,1;0) 1σ(1,1;0) | 0", 2)]
    public void SeveralVariablesNeedOneUnitPerHyperplanePlusTheLine(string input, string expected, int width)
    {
        var source = ReluText.Parse(input);
        var result = NetworkBuilder.Smallest(source, new[] { "x", "y" });
        Assert.Equal(expected, Describe(result.Network));
        Assert.Equal(width, result.Network.Hidden.Length);
        Assert.True(result.IsProvenMinimal);
        AssertSameFunction(source, result.Network);
    }

    [Fact]
    public void ManyKinksPastTheExactSearchSayMinimalityIsNotProven()
    {
        // Slope changes of ±1e6-ish spread make the table too large, and 60 kinks are past meet-in-the-middle.
        var terms = string.Join(" + ", Enumerable.Range(1, 60).Select(k => $"{1_000_003 * k + 7}σ(x - {k})"));
        var source = ReluText.Parse("1/7*x + " + terms);
        var result = NetworkBuilder.Smallest(source, X);
        Assert.Equal(61, result.Network.Hidden.Length);
        Assert.False(result.IsProvenMinimal);
        Assert.Equal(60, result.LowerBound);
        Assert.StartsWith("not proven minimal", result.Note);
        AssertSameFunction(source, result.Network);
    }

    [Fact]
    public void ManySmallIntegerKinksAreStillDecidedExactly()
    {
        // 50 kinks with slope changes 1: m = −17 needs 17 of them turned left.
        var terms = string.Join(" + ", Enumerable.Range(1, 50).Select(k => $"σ(x - {k})"));
        var source = ReluText.Parse("-17x + " + terms);
        var result = NetworkBuilder.Smallest(source, X);
        Assert.Equal(50, result.Network.Hidden.Length);
        Assert.True(result.IsProvenMinimal);
        Assert.Equal(17, result.Network.Hidden.Count(u => u.Weights[0] < 0));
        AssertSameFunction(source, result.Network);
    }

    [Fact]
    public void BlogDrawingKeepsTheConstantAsAUnit()
    {
        var source = ReluText.Parse("σ(1x - 1) + σ(0x + 1)");
        Assert.Equal("1σ(1;-1) 1σ(0;1) | 0", Describe(NetworkBuilder.AsWritten(source, X, constantsAsUnits: false)));
        var withConstant = ReluText.Parse("σ(x - 1) - 2 + 3x");
        Assert.Equal("1σ(1;-1) 1σ(3;0) -1σ(-3;0) -1σ(0;2) | 0", Describe(NetworkBuilder.AsWritten(withConstant, X, constantsAsUnits: true)));
        Assert.Equal("1σ(1;-1) 1σ(3;0) -1σ(-3;0) | -2", Describe(NetworkBuilder.AsWritten(withConstant, X, constantsAsUnits: false)));
        AssertSameFunction(withConstant, NetworkBuilder.AsWritten(withConstant, X, constantsAsUnits: true));
    }

    [Fact]
    public void InputsMustCoverEveryVariable() =>
        Assert.Throws<ArgumentException>(() => NetworkBuilder.Smallest(ReluText.Parse("σ(x + y)"), X));

    [Fact]
    public void SmallestNetworkEvaluatesExactlyLikeTheSource() =>
        Gen.Select(RandomSums.AnySum, Gen.Int).Sample(
            (drawn, seed) =>
            {
                var result = NetworkBuilder.Smallest(drawn.Sum, drawn.Variables);
                AssertSameFunction(drawn.Sum, result.Network);
                var random = new Random(seed);
                for (var i = 0; i < 5; i++)
                {
                    var point = RandomSums.Point(drawn.Variables, random);
                    var inputs = drawn.Variables.Select(v => point[v]).ToArray();
                    Assert.Equal(drawn.Sum.Evaluate(point), result.Network.Evaluate(inputs));
                }

                Assert.True(result.IsProvenMinimal);
                Assert.Equal(BruteForceWidth(CanonicalForm.FromReluSum(drawn.Sum), drawn.Variables), result.Network.Hidden.Length);
            },
            iter: 300,
            threads: 1);

    [Fact]
    public void AsWrittenNetworkIsTheSameFunction() =>
        RandomSums.AnySum.Sample(
            drawn => AssertSameFunction(drawn.Sum, NetworkBuilder.AsWritten(drawn.Sum, drawn.Variables, constantsAsUnits: true)),
            iter: 200,
            threads: 1);

    /// <summary>
    /// The fewest units, by trying every way to face the K kink units and, for K + 1, every hyperplane
    /// that could carry a second unit (whose weight is then forced); otherwise K + 2 (or 0 and 2 without kinks).
    /// </summary>
    private static int BruteForceWidth(CanonicalForm form, string[] variables)
    {
        var a = variables.Select(form.Affine.CoefficientOf).ToArray();
        var normals = form.Terms.Select(t => variables.Select(t.Hyperplane.CoefficientOf).ToArray()).ToArray();
        var count = normals.Length;
        if (count == 0)
        {
            return a.All(v => v.IsZero) ? 0 : 2;
        }

        bool kFits = false, kPlusOneFits = false;
        for (var mask = 0; mask < 1 << count; mask++)
        {
            // Linear part still missing after turning the units in mask left: a + Σ_L dₖhₖ.
            var residual = a.Select((v, i) => Enumerable.Range(0, count)
                .Where(k => (mask >> k & 1) == 1)
                .Aggregate(v, (s, k) => s + form.Terms[k].Coefficient * normals[k][i]).Reduce()).ToArray();
            kFits |= residual.All(v => v.IsZero);
            kPlusOneFits |= normals.Any(h => Parallel(residual, h));
        }

        return kFits ? count : kPlusOneFits ? count + 1 : count + 2;
    }

    private static bool Parallel(IReadOnlyList<Fraction> v, IReadOnlyList<Fraction> h)
    {
        // h has a 1 somewhere (its leading entry): v ∥ h when v = v_lead·h.
        var lead = Enumerable.Range(0, h.Count).First(i => h[i] == Fraction.One);
        return Enumerable.Range(0, h.Count).All(i => v[i] == v[lead] * h[i]);
    }
}
