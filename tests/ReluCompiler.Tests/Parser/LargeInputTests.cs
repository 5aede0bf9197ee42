using System.Collections.Generic;
using System.Text;
using Fractions;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// A long flat sum is not nesting: it parses, lowers and evaluates exactly, in time and memory linear in its
/// length (the figures for 200,000 terms are in bench/README.md, not asserted here).
/// </summary>
[Collection(MeasuringCollection.Name)]
public sealed class LargeInputTests
{
    private const int Terms = 200_000;

    [Fact]
    public void FlatSumOf200000TermsParsesAndEvaluatesExactly()
    {
        // σ(x) - σ(x - 1) + σ(x - 2) - …: at x = 200000 every term is active and the value is 100000.
        var sum = ReluParser.Parse(Alternating(Terms)).Sum;

        Assert.Equal(Terms, sum.Terms.Length);
        Assert.Equal(new Fraction(Terms / 2), sum.Evaluate(new Dictionary<string, Fraction> { ["x"] = new Fraction(Terms) }));
        Assert.Equal(Terms / 2, sum.Evaluate(new Dictionary<string, double> { ["x"] = Terms }));
    }

    [Fact]
    public void ParsingAndEvaluatingAFlatSumGrowLinearlyWithItsLength() =>
        Growth.AssertLinear("a flat sum of n terms", Terms / 4, Alternating, text =>
            ReluParser.Parse(text).Sum.Evaluate(new Dictionary<string, Fraction> { ["x"] = new Fraction(Terms) }));

    private static string Alternating(int terms)
    {
        var text = new StringBuilder("σ(x)");
        for (var i = 1; i < terms; i++)
        {
            text.Append(i % 2 == 0 ? " + σ(x - " : " - σ(x - ").Append(i).Append(')');
        }

        return text.ToString();
    }
}
