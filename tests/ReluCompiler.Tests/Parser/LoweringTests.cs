using System.Collections.Generic;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>Syntax to ReLU sum: terms as written, exact numbers, products and divisions by constants, nesting.</summary>
public sealed class LoweringTests
{
    [Theory]
    [InlineData("σ(x - 1) + 1", "σ(x - 1) + 1")]
    [InlineData("max(0, x - 1)", "σ(x - 1)")]
    [InlineData("max(x - 1, 0)", "σ(x - 1)")]
    [InlineData("\\max(0, 2x)", "σ(2*x)")]
    [InlineData("max(x, 1)", "σ(-x + 1) + x")]
    [InlineData("min(x, 1)", "-σ(x - 1) + x")]
    [InlineData("abs(x)", "σ(x) + σ(-x)")]
    [InlineData("|x - 1|", "σ(x - 1) + σ(-x + 1)")]
    [InlineData("2σ(x) - σ(x)/2", "2*σ(x) - 0.5*σ(x)")]
    [InlineData("2/3 σ(x)", "2/3*σ(x)")]
    [InlineData("1/2x", "0.5*x")]
    [InlineData("3(x + 1)", "3*x + 3")]
    [InlineData("-(σ(x) - x)", "-σ(x) + x")]
    [InlineData("σ(1) * x", "x")]
    [InlineData("x * σ(0*y + 2)", "2*x")]
    [InlineData("0 * x * y", "0")]
    [InlineData("x - x", "0")]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData(".5x", "0.5*x")]
    [InlineData("1e-3", "0.001")]
    [InlineData("1E+3", "1000")]
    [InlineData("2e−1", "0.2")]
    [InlineData("1/3 + 1/6", "0.5")]
    [InlineData("σ(σ(x) - 1)", "σ(x - 1)")]
    [InlineData("σ(1 - σ(x))", "-σ(x) + σ(x - 1) + 1")]
    [InlineData("max(σ(x), 1 - x)", "σ(x) - σ(x) + 2*σ(x - 0.5) - x + 1")]
    [InlineData("σ(σ(1) - 2) + x", "σ(-1) + x")]
    [InlineData("σ(x) + σ(y) - σ(x + y)", "σ(x) + σ(y) - σ(x + y)")]
    public void ExpressionLowersToTheExpectedSum(string input, string sum) =>
        Assert.Equal(sum, ReluParser.Parse(input).Sum.ToString());

    [Fact]
    public void PointOneAndPointTwoIsExactlyThreeTenths() =>
        Assert.Equal(new Fraction(3, 10), ReluParser.Parse("0.1 + 0.2").Sum.Affine.Constant);

    [Fact]
    public void EveryWrittenReluIsOneTermInOrder()
    {
        var sum = ReluParser.Parse("σ(x) + 2σ(x - 1) - max(0, 3 - x) + relu(x) + \\sigma(0 \\times x + 1)").Sum;
        Assert.Equal(5, sum.Terms.Length);
        Assert.Equal(new[] { "1", "2", "-1", "1", "1" }, sum.Terms.Select(t => ExactMath.Format(t.Coefficient)));
        Assert.Equal("-x + 3", sum.Terms[2].Argument.ToString());
    }

    [Fact]
    public void VariablesAreEveryNameWrittenSortedOrdinal()
    {
        var parsed = ReluParser.Parse("σ(z - z) + b + 0*a + B + x_2 + x10");
        Assert.Equal(new[] { "B", "a", "b", "x10", "x_2", "z" }, parsed.Variables);
        Assert.Equal("σ(0) + B + b + x10 + x_2", parsed.Sum.ToString());
    }

    [Fact]
    public void SourceIsKeptAsGiven()
    {
        const string text = "\\[\\sigma(x-1) +1\\]";
        Assert.Equal(text, ReluParser.Parse(text).Source);
    }

    [Fact]
    public void FlattenedNestingAgreesWithTheNestedDefinitionAtManyPoints()
    {
        var sum = ReluParser.Parse("σ(2 - |x - 1|) - min(σ(x), 1/2)").Sum;
        for (var k = -12; k <= 16; k++)
        {
            var x = new Fraction(k, 4);
            var expected = Max0(2 - Abs(x - 1)) - Min(Max0(x), new Fraction(1, 2));
            Assert.Equal(expected.Reduce(), sum.Evaluate(new Dictionary<string, Fraction> { ["x"] = x }));
        }
    }

    private static Fraction Max0(Fraction v) => v.IsPositive ? v : Fraction.Zero;

    private static Fraction Abs(Fraction v) => v.IsNegative ? -v : v;

    private static Fraction Min(Fraction a, Fraction b) => a < b ? a : b;
}
