using CsCheck;
using System.Collections.Generic;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
using ReluCompiler.Parser;
using ReluCompiler.Tests.Blog;
using ReluCompiler.Tests.Canonical;
using Xunit;

namespace ReluCompiler.Tests.Analysis;

/// <summary>Every answer of the one-variable analysis checked against <see cref="SampledOracle"/> on the blog's expressions and random sums.</summary>
public class UnivariateAnalysisOracleTests
{
    public static IEnumerable<object[]> BlogRows => BlogSamples.Rows;

    [Theory]
    [MemberData(nameof(BlogRows))]
    public void EveryBlogExpressionIsAnalysedExactlyOnTheLineAndOnAnInterval(int line, string expression)
    {
        _ = line;
        var sum = ReluParser.Parse(expression).Sum;
        Check(sum, null, null);
        Check(sum, new Fraction(-3, 2), new Fraction(5, 2));
    }

    [Fact]
    public void RandomSumsAreAnalysedExactlyOnTheLineAndOnIntervals()
    {
        Gen.Select(RandomSums.Sum(["x"], maxTerms: 7), RandomSums.SmallRational, Gen.Int[1, 12]).Sample(
            (sum, a, width) =>
            {
                var b = (a + new Fraction(width, 2)).Reduce();
                Check(sum, null, null);
                Check(sum, a, b);
                Check(sum, a, null);
                Check(sum, null, b);
            },
            iter: 300);
    }

    private static void Check(ReluSum sum, Fraction? from, Fraction? to)
    {
        var oracle = new SampledOracle(sum, "x", from, to);
        var analysis = UnivariateAnalyzer.Analyze(CanonicalForm.FromReluSum(sum).ToUnivariate("x"), AnalysisDomain.Between(from, to));
        var context = $"{sum} on [{from}, {to}]";
        var crossings = Crossings(oracle).ToList();

        // Range: the sampled extremes, unbounded exactly when an outer line runs away.
        var unboundedBelow = oracle.FarLeftSlope.IsPositive || oracle.FarRightSlope.IsNegative;
        var unboundedAbove = oracle.FarLeftSlope.IsNegative || oracle.FarRightSlope.IsPositive;
        CheckExtreme(analysis.Minimum, unboundedBelow, oracle.Values.Min(), oracle, context + " (minimum)");
        CheckExtreme(analysis.Maximum, unboundedAbove, oracle.Values.Max(), oracle, context + " (maximum)");

        // Zeros: a sample is in them exactly when its value is 0; every crossing between samples too.
        for (var i = 0; i < oracle.Points.Count; i++)
        {
            Assert.True(oracle.Values[i].IsZero == analysis.Zeros.Any(z => z.Contains(oracle.Points[i])), $"{context}: zero at {oracle.Points[i]}?");
        }

        Assert.All(crossings, root => Assert.Contains(analysis.Zeros, z => z.Contains(root)));
        foreach (var zero in analysis.Zeros)
        {
            Assert.True(oracle.At(zero.Inside()).IsZero, $"{context}: {zero} is not a zero");
        }

        // Signs: the parts cover the domain once, and each sample has its part's sign.
        foreach (var x in oracle.Points.Concat(crossings))
        {
            var part = Assert.Single(analysis.Signs, s => s.Where.Contains(x));
            Assert.Equal(ExactMath.Sign(oracle.At(x)), part.Sign);
        }

        // Monotone parts and the Lipschitz constant: the slopes between samples, and far out.
        var slopes = oracle.Segments().ToList();
        foreach (var (a, b, slope) in slopes)
        {
            var middle = ((a + b) / 2).Reduce();
            var part = Assert.Single(analysis.Monotone, p => Interval.Open(p.Where.From, p.Where.To).Contains(middle));
            Assert.Equal(ExactMath.Sign(slope), part.Trend switch { Trend.Increasing => 1, Trend.Decreasing => -1, _ => 0 });
            Assert.Equal(Abs(slope).CompareTo(analysis.Lipschitz.Value) == 0, analysis.Lipschitz.At.Any(p => p.Contains(middle)));
        }

        var allSlopes = slopes.Select(s => s.Slope).Prepend(oracle.FarLeftSlope).Append(oracle.FarRightSlope)
            .Where((s, i) => (i > 0 || from is null) && (i < slopes.Count + 1 || to is null)).ToList();
        Assert.Equal(allSlopes.Max(Abs), analysis.Lipschitz.Value);

        // Convexity: the slopes, left to right, never fall (convex) or never rise (concave).
        var rises = allSlopes.Zip(allSlopes.Skip(1), (p, q) => q.CompareTo(p)).ToList();
        var expected = rises.All(r => r == 0) ? Curvature.Affine
            : rises.All(r => r >= 0) ? Curvature.Convex
            : rises.All(r => r <= 0) ? Curvature.Concave
            : Curvature.Neither;
        Assert.True(expected == analysis.Convexity.Kind, $"{context}: {analysis.Convexity.Kind}, expected {expected}");
    }

    private static void CheckExtreme(Extremum extreme, bool unbounded, Fraction sampled, SampledOracle oracle, string context)
    {
        if (unbounded)
        {
            Assert.True(extreme.Value is null, $"{context}: expected unbounded, got {extreme.Value}");
            return;
        }

        Assert.True(extreme.Value is { } value && value.CompareTo(sampled) == 0, $"{context}: {extreme.Value}, sampled {sampled}");
        for (var i = 0; i < oracle.Points.Count; i++)
        {
            Assert.Equal(oracle.Values[i].CompareTo(sampled) == 0, extreme.At.Any(p => p.Contains(oracle.Points[i])));
        }
    }

    /// <summary>Where the function crosses 0 strictly between two samples of opposite signs.</summary>
    private static IEnumerable<Fraction> Crossings(SampledOracle oracle)
    {
        for (var i = 0; i + 1 < oracle.Points.Count; i++)
        {
            var (p, q) = (oracle.Values[i], oracle.Values[i + 1]);
            if (ExactMath.Sign(p) * ExactMath.Sign(q) < 0)
            {
                yield return (oracle.Points[i] + (oracle.Points[i + 1] - oracle.Points[i]) * p / (p - q)).Reduce();
            }
        }
    }

    private static Fraction Abs(Fraction value) => value.IsNegative ? -value : value;
}
