using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
using ReluCompiler.Tests.Blog;
using ReluCompiler.Tests.Canonical;
using Xunit;

namespace ReluCompiler.Tests.Analysis;

/// <summary><see cref="Relu.Diff(string, string, AnalysisDomain?)"/> against sampling and against <c>eq</c>.</summary>
public class DifferenceTests
{
    public static System.Collections.Generic.IEnumerable<object[]> BlogRows => BlogSamples.Rows;

    [Theory]
    [MemberData(nameof(BlogRows))]
    public void ABlogExpressionAndItsCanonicalFormHaveNoDifference(int line, string expression)
    {
        _ = line;
        var diff = Relu.Diff(expression, Relu.Canonicalize(expression).ToString());
        Assert.True(diff.IsEqual);
        Assert.Empty(diff.Differs);
        Assert.Equal(Fraction.Zero, diff.Largest!.Value);
    }

    [Fact]
    public void RewrittenSumsHaveNoDifferenceAndPerturbedOnesDifferWhereSamplingSays()
    {
        Gen.Select(RandomSums.Sum(["x"], maxTerms: 6), Gen.Int).Sample(
            (sum, seed) =>
            {
                var same = DifferenceAnalysis.Of(CanonicalForm.FromReluSum(sum), CanonicalForm.FromReluSum(RandomSums.Rewrite(sum, seed)), ["x"]);
                Assert.True(same.IsEqual);

                var other = RandomSums.Perturb(sum, ["x"], seed);
                var diff = DifferenceAnalysis.Of(CanonicalForm.FromReluSum(sum), CanonicalForm.FromReluSum(other), ["x"]);
                Assert.Equal(Equivalence.Compare(sum, other).IsEqual, diff.IsEqual);

                var oracle = new SampledOracle(sum.Add(other.Scale(Fraction.MinusOne)), "x");
                foreach (var x in oracle.Points)
                {
                    var gap = oracle.At(x);
                    var parts = diff.Differs.Where(p => p.Where.Contains(x)).ToList();
                    Assert.Equal(ExactMath.Sign(gap), parts.Count == 0 ? 0 : Assert.Single(parts).Sign);
                }

                var unbounded = !oracle.FarLeftSlope.IsZero || !oracle.FarRightSlope.IsZero;
                if (unbounded)
                {
                    Assert.Null(diff.Largest!.Value);
                }
                else
                {
                    var largest = oracle.Values.Select(v => v.IsNegative ? -v : v).Max();
                    Assert.Equal(largest, diff.Largest!.Value);
                    Assert.All(diff.Largest.At, p => Assert.Equal(largest, Abs(oracle.At(p.Inside()))));
                }
            },
            iter: 300);
    }

    [Fact]
    public void MinOfXAndOneDiffersFromXOnlyRightOfOneAndWithoutBound()
    {
        var diff = Relu.Diff("min(x, 1)", "x");
        Assert.Equal("-1 (1, ∞)", string.Join("; ", diff.Differs.Select(p => p.Sign + " " + p.Where)));
        Assert.Null(diff.Largest!.Value);
        var bounded = Relu.Diff("min(x, 1)", "x", AnalysisDomain.Between(Fraction.Zero, new Fraction(3)));
        Assert.Equal(("2", "3"), (ExactMath.Format(bounded.Largest!.Value!.Value), Assert.Single(bounded.Largest.At).ToString()));
    }

    [Fact]
    public void TwoVariablesOnABoxGiveTheLargestGapAtAVertex()
    {
        var diff = Relu.Diff("max(x, y)", "x + σ(y - x) + σ(x + y - 1)", AnalysisDomain.Between(Fraction.Zero, Fraction.One));
        Assert.False(diff.IsEqual);
        Assert.Equal("1 at (1, 1)", $"{ExactMath.Format(diff.LargestPoint!.Value)} at ({string.Join(", ", diff.LargestPoint.At.Select(ExactMath.Format))})");
        Assert.True(Relu.Diff("max(x, y)", "x + σ(y - x)").IsEqual);
    }

    [Fact]
    public void OneVariableDifferencesAreNamedByTheGivenVariable()
    {
        var x = CanonicalForm.FromReluSum(ReluText.Parse("σ(x)"));
        var y = CanonicalForm.FromReluSum(ReluText.Parse("σ(y)"));
        var constant = CanonicalForm.FromReluSum(ReluText.Parse("1"));
        Assert.Equal("x", DifferenceAnalysis.Of(x, constant, ["x"]).Univariate!.Variable);
        Assert.Equal("t", DifferenceAnalysis.Of(constant, constant, ["t"]).Univariate!.Variable);
        var error = Assert.Throws<System.ArgumentException>(() => DifferenceAnalysis.Of(x, y, ["x"]));
        Assert.StartsWith("The two functions are compared in `x`, but they differ in x, y.", error.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentException>(() => DifferenceAnalysis.Of(x, constant, []));
    }

    private static Fraction Abs(Fraction value) => value.IsNegative ? -value : value;
}
