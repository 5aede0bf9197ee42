using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
using ReluCompiler.Tests.Canonical;
using Xunit;

namespace ReluCompiler.Tests.Analysis;

/// <summary>Several variables: the range on a box against a grid, Lipschitz constants against finite differences, and known cases.</summary>
public class MultivariateAnalysisTests
{
    private static readonly string[] Xy = ["x", "y"];

    [Fact]
    public void TheRangeOnABoxIsReachedAtItsPointsAndBoundsEveryGridValue()
    {
        RandomSums.Sum(Xy, maxTerms: 5).Sample(
            sum =>
            {
                var form = CanonicalForm.FromReluSum(sum);
                var a = MultivariateAnalyzer.Analyze(form, Xy, AnalysisDomain.Between(new Fraction(-2), new Fraction(2)));
                var range = a.Range!;
                Assert.True(range.IsExact);
                Assert.Equal(range.Minimum.Value, sum.Evaluate(Point(range.Minimum.At)));
                Assert.Equal(range.Maximum.Value, sum.Evaluate(Point(range.Maximum.At)));
                Assert.All(range.Minimum.At.Concat(range.Maximum.At), c => Assert.InRange(c, new Fraction(-2), new Fraction(2)));
                foreach (var p in Grid(-2, 2, 3))
                {
                    var value = sum.Evaluate(p);
                    Assert.True(value.CompareTo(range.Minimum.Value) >= 0 && value.CompareTo(range.Maximum.Value) <= 0, $"{sum}: {value} at ({p["x"]}, {p["y"]})");
                }
            },
            iter: 60);
    }

    [Fact]
    public void NoDifferenceQuotientExceedsTheLipschitzConstant()
    {
        RandomSums.Sum(Xy, maxTerms: 5).Sample(
            sum =>
            {
                var l = MultivariateAnalyzer.Analyze(CanonicalForm.FromReluSum(sum), Xy).Lipschitz;
                Assert.True(l.IsExact);
                var h = new Fraction(1, 4);
                foreach (var p in Grid(-3, 3, 2))
                {
                    var dx = (sum.Evaluate(Shift(p, "x", h)) - sum.Evaluate(p)) / h;
                    var dy = (sum.Evaluate(Shift(p, "y", h)) - sum.Evaluate(p)) / h;
                    Assert.True((dx * dx).CompareTo(l.EuclideanSquared) <= 0 && (dy * dy).CompareTo(l.EuclideanSquared) <= 0);
                    Assert.True((dx.IsNegative ? -dx : dx).CompareTo(l.SumOfSlopes) <= 0);
                }
            },
            iter: 50);
    }

    [Theory]
    [InlineData("max(x, y)", "1", "1", "1, 0", "convex")]
    [InlineData("σ(x + y) - σ(x + y - 1)", "2", "2", "1, 1", "neither")]
    [InlineData("|x| + |y|", "2", "2", "1, 1", "convex")]
    [InlineData("x - 2y", "5", "3", "1, -2", "affine")]
    public void KnownLipschitzConstantsAndShapesAreExact(string text, string squared, string maxNorm, string gradient, string shape)
    {
        var a = Relu.Parse(text).Analyze().Multivariate!;
        Assert.Equal(
            (true, squared, maxNorm, gradient, shape),
            (a.Lipschitz.IsExact, ExactMath.Format(a.Lipschitz.EuclideanSquared), ExactMath.Format(a.Lipschitz.SumOfSlopes), string.Join(", ", a.Lipschitz.Gradient.Select(ExactMath.Format)), a.Curvature.ToString().ToLowerInvariant()));
    }

    [Theory]
    [InlineData("σ(x + y) - σ(x + y - 1)", true, true)]
    [InlineData("max(x, y)", false, false)]
    [InlineData("-|x| - |y|", false, true)]
    [InlineData("|x - y| + 3", true, false)]
    public void BoundednessOnThePlaneIsDecidedByTheBehaviourAtInfinity(string text, bool below, bool above)
    {
        var a = Relu.Parse(text).Analyze().Multivariate!;
        Assert.Equal((below, above), (a.BoundedBelow, a.BoundedAbove));
    }

    [Fact]
    public void PastTheEnumerationLimitTheLipschitzConstantIsABoundThatSaysSo()
    {
        var text = string.Join(" + ", Enumerable.Range(1, Regions.MaxKinks + 1).Select(k => $"σ(x + {k}y - {k})"));
        var l = Relu.Parse(text).Analyze().Multivariate!.Lipschitz;
        Assert.False(l.IsExact);
        Assert.StartsWith("upper bound by the triangle inequality", l.Method);
    }

    private static Dictionary<string, Fraction> Point(System.Collections.Immutable.ImmutableArray<Fraction> at) =>
        new() { ["x"] = at[0], ["y"] = at[1] };

    private static Dictionary<string, Fraction> Shift(Dictionary<string, Fraction> p, string name, Fraction by) =>
        new(p) { [name] = (p[name] + by).Reduce() };

    private static IEnumerable<Dictionary<string, Fraction>> Grid(int from, int to, int perUnit)
    {
        for (var i = from * perUnit; i <= to * perUnit; i++)
        {
            for (var j = from * perUnit; j <= to * perUnit; j++)
            {
                yield return new Dictionary<string, Fraction> { ["x"] = new Fraction(i, perUnit), ["y"] = new Fraction(j, perUnit) };
            }
        }
    }
}
