using System.Linq;
using Fractions;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>How bars pair (README, "Absolute-value bars") beyond the one-line cases of the case files.</summary>
public sealed class BarPairingTests
{
    [Fact]
    public void ALongSumOfAbsoluteValuesPairsEveryBarWithItsNeighbour()
    {
        var text = string.Join(" + ", Enumerable.Range(0, 2000).Select(k => $"2|x - {k}|"));
        var sum = ReluParser.Parse(text).Sum;
        Assert.Equal(4000, sum.Terms.Length);
        var at = new System.Collections.Generic.Dictionary<string, Fraction> { ["x"] = new Fraction(1000) };
        Assert.Equal(new Fraction(2_000_000), sum.Evaluate(at)); // 2·Σ|1000 − k| for k < 2000 = 2·(500,500 + 499,500)
    }

    [Fact]
    public void TooManyLiveReadingsInOneLevelIsAnErrorAtTheBarWhereItHappens()
    {
        var text = string.Concat(Enumerable.Repeat("|a", 300)) + "|";
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(text));
        Assert.Equal("the absolute-value bars up to here can be paired in too many ways to check; write abs(…) for some of them", error.Reason);
        Assert.Equal(1, error.Line);
        Assert.True(error.Column > 1 && error.Column < text.Length, $"column {error.Column}");
        Assert.Equal('|', text[error.Column - 1]);
    }

    [Fact]
    public void BarsInsideBracketsPairOnTheirOwn()
    {
        // The `|` before `(` closes; inside the brackets a fresh level starts with nothing open.
        Assert.Equal("σ(x) + σ(-x) + 2*σ(x) + 2*σ(-x)", ReluParser.Parse("|x| + (2|x|)").Sum.ToString());
        Assert.Equal("4*σ(x) - 2*x", ReluParser.Parse("|(2|x|)|").Sum.ToString()); // |2|x||, flattened exactly
    }

    [Fact]
    public void ExplicitBarsFaceTheWayTheySay()
    {
        // \lvert always opens, so `\lvert 2\lvert x \rvert - 1 \rvert` is |2|x| − 1| without ambiguity.
        var sum = ReluParser.Parse("\\lvert 2\\lvert x \\rvert - 1 \\rvert").Sum;
        var at = new System.Collections.Generic.Dictionary<string, Fraction> { ["x"] = new Fraction(1, 4) };
        Assert.Equal(new Fraction(1, 2), sum.Evaluate(at));
    }
}
