using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>Every expression of the blog post, in LaTeX, Unicode and plain spellings (Cases/blog-expressions.txt).</summary>
public sealed class BlogExpressionTests
{
    public static IEnumerable<object[]> Cases => CaseFile.Load("blog-expressions.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void BlogExpressionHasTheExactValueAtEveryListedPoint(string expression, string expected)
    {
        var parsed = ReluParser.Parse(expression);
        foreach (var (point, value) in Points(expected))
        {
            Assert.Equal(point.Keys.OrderBy(k => k, StringComparer.Ordinal), parsed.Variables);
            Assert.Equal(value, parsed.Sum.Evaluate(point));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DoubleInterpreterAgreesWithTheExactOneOnBlogExpressions(string expression, string expected)
    {
        var sum = ReluParser.Parse(expression).Sum;
        foreach (var (point, _) in Points(expected))
        {
            var doubles = point.ToDictionary(p => p.Key, p => ExactMath.ToDouble(p.Value));
            Assert.Equal(ExactMath.ToDouble(sum.Evaluate(point)), sum.Evaluate(doubles));
        }
    }

    [Fact]
    public void DrawnNetworkKeepsItsConstantUnitAsASecondTerm()
    {
        var sum = ReluParser.Parse(@"\(\sigma(1 \times x-1) + \sigma(0 \times x +1)\)").Sum;
        Assert.Equal("σ(x - 1) + σ(1)", sum.ToString());
        Assert.Equal(2, sum.Terms.Length);
        Assert.True(sum.Terms[1].Argument.IsConstant);
        Assert.Equal(Fraction.One, sum.Terms[1].Argument.Constant);
    }

    [Fact]
    public void ReluPlusOneIsOneTermAndAnAffineConstant()
    {
        var sum = ReluParser.Parse("σ(x-1) + 1").Sum;
        Assert.Single(sum.Terms);
        Assert.Equal(Fraction.One, sum.Affine.Constant);
        Assert.True(sum.Affine.IsConstant);
    }

    [Fact]
    public void SixUnitSumKeepsItsTermsInWrittenOrder() =>
        Assert.Equal(
            "σ(x) - σ(x - 1) + σ(x - 2) - σ(x - 3) - σ(x - 4) + σ(x - 6)",
            ReluParser.Parse(@"\[\sigma(x-0) -\sigma(x-1) + \sigma(x-2) - \sigma(x-3) -\sigma(x-4) +\sigma(x-6)\]").Sum.ToString());

    [Fact]
    public void ConstantUnitStillNamesTheVariableItCancels()
    {
        var parsed = ReluParser.Parse("σ(0*x + 1)");
        Assert.Equal(new[] { "x" }, parsed.Variables);
        Assert.Empty(parsed.Sum.Variables);
    }

    /// <summary><c>x=0:1; x=1:1</c> → points and values; <c>Wx=1,B=2:3</c> for several variables.</summary>
    private static IEnumerable<(Dictionary<string, Fraction> Point, Fraction Value)> Points(string text) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(entry =>
        {
            var colon = entry.LastIndexOf(':');
            var point = entry[..colon].Split(',').Select(a => a.Split('=')).ToDictionary(a => a[0].Trim(), a => ExactText.Parse(a[1]), StringComparer.Ordinal);
            return (point, ExactText.Parse(entry[(colon + 1)..]));
        });
}
