using System.Linq;
using System.Text;
using Fractions;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>Each limit of <see cref="ParserLimits"/> at the limit and one past it, and hostile inputs rejected in linear time.</summary>
[Collection(MeasuringCollection.Name)]
public sealed class ParserLimitTests
{
    private const string TooDeep =
        "nesting deeper than the limit of 256 levels (parentheses, calls, absolute-value bars and prefix signs each add one)";

    [Theory]
    [InlineData("(", ")", -1, 257)]
    [InlineData("σ(", ")", 0, 514)]
    [InlineData("max(0, ", ")", 0, 1796)]
    [InlineData("|", "|", 1, 257)]
    [InlineData("\\left(", "\\right)", -1, 1537)]
    public void NestingOf256LevelsParsesAnd257IsAnErrorAtTheFirstLevelPastIt(string open, string close, int valueAtMinusOne, int column)
    {
        Assert.Equal(new Fraction(valueAtMinusOne), ReluParser.Parse(Nest(open, close, 256)).Sum.Evaluate(At(-1)));
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(Nest(open, close, 257)));
        Assert.Equal((TooDeep, column), (error.Reason, error.Column));
    }

    [Fact]
    public void NestedReluOf256LevelsIsStillExact() =>
        Assert.Equal(new Fraction(3), ReluParser.Parse(Nest("σ(", ")", 256)).Sum.Evaluate(At(3)));

    [Fact]
    public void ChainOf256PrefixSignsParsesAnd257IsAnError()
    {
        Assert.Equal(new Fraction(5), ReluParser.Parse(Repeat("-", 256) + "x").Sum.Evaluate(At(5)));
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(Repeat("-", 257) + "x"));
        Assert.Equal((TooDeep, 257), (error.Reason, error.Column));
    }

    [Fact]
    public void SignsAndParenthesesAddUpTowardsTheDepth()
    {
        Assert.Equal(new Fraction(5), ReluParser.Parse(Nest("-(", ")", 128)).Sum.Evaluate(At(5)));
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse("-" + Nest("-(", ")", 128)));
        Assert.Equal((TooDeep, 257), (error.Reason, error.Column));
    }

    [Theory]
    [InlineData("(", ")", 25_000)]
    [InlineData("σ(", ")", 12_500)]
    [InlineData("|", "|", 25_000)]
    [InlineData("-", "", 50_000)]
    public void HostileNestingIsRejectedAtTheLimitInTimeLinearInItsLength(string open, string close, int levels)
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(Nest(open, close, levels)));
        Assert.Equal(TooDeep, error.Reason);
        Growth.AssertLinear($"{levels:N0} × `{open}`", levels, n => Nest(open, close, n), text => Assert.Throws<ReluParseException>(() => ReluParser.Parse(text)));
    }

    [Fact]
    public void FlatSumIsNotNesting()
    {
        var text = string.Join(" + ", Enumerable.Repeat("σ(x)", 10_000));
        Assert.Equal(new Fraction(20_000), ReluParser.Parse(text).Sum.Evaluate(At(2)));
    }

    [Fact]
    public void InputOfTheMaximumLengthIsAcceptedAndOneMoreCharacterIsNot()
    {
        var longest = "x" + new string(' ', ParserLimits.MaxInputLength - 1);
        Assert.Equal(new[] { "x" }, ReluParser.Parse(longest).Variables);
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(longest + " "));
        Assert.Equal("the input is 16777217 characters long, more than the limit of 16777216", error.Reason);
        Assert.Equal((1, 16_777_217, 16_777_216), (error.Line, error.Column, error.Offset));
    }

    [Fact]
    public void NumberWith100SignificantDigitsIsExactAnd101IsAnError()
    {
        var hundred = "1" + new string('0', 99);
        Assert.Equal(new Fraction(System.Numerics.BigInteger.Pow(10, 99)), ReluParser.Parse(hundred).Sum.Affine.Constant);
        Assert.Equal(new Fraction(1, 1), ReluParser.Parse("000" + "0." + new string('0', 50) + "1e51").Sum.Affine.Constant);
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse("x + " + hundred + "0"));
        Assert.Equal("the number `10000000000000000000000…` has 101 significant digits, more than the limit of 100", error.Reason);
        Assert.Equal(5, error.Column);
    }

    [Theory]
    [InlineData("1e400", true)]
    [InlineData("1e-400", true)]
    [InlineData("9.99e400", true)]
    [InlineData("0.1e-399", true)]
    [InlineData("0e400", true)]
    [InlineData("1e401", false)]
    [InlineData("1e-401", false)]
    [InlineData("10e400", false)]
    [InlineData("0.1e-400", false)]
    public void DecimalExponentIsLimitedToFourHundredEitherWay(string literal, bool accepted)
    {
        if (accepted)
        {
            Assert.True(ReluParser.TryParse(literal, out _, out var error), error?.Message);
        }
        else
        {
            var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(literal));
            Assert.EndsWith("outside the range -400 to 400", error.Reason);
        }
    }

    [Theory]
    [InlineData("1e401", "the number `1e401` has the decimal exponent 401, outside the range -400 to 400")]
    [InlineData("0.1e-400", "the number `0.1e-400` has the decimal exponent -401, outside the range -400 to 400")]
    [InlineData("1e99999999999999999999", "the number `1e99999999999999999999` has a decimal exponent, outside the range -400 to 400")]
    public void ExponentErrorNamesTheExponent(string literal, string reason) =>
        Assert.Equal(reason, Assert.Throws<ReluParseException>(() => ReluParser.Parse(literal)).Reason);

    [Fact]
    public void HugeLiteralIsRejectedWithoutBigIntegerWork()
    {
        // BigInteger parsing is quadratic in the digits; checking the count first keeps rejection linear. The
        // sizes are past the caches (a 250,000-digit text fits in L2 and scans four times faster per digit).
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse("1" + new string('0', 1_000_000)));
        Assert.StartsWith("the number `10000000000000000000000…` has 1000001 significant digits", error.Reason);
        Growth.AssertLinear("a literal of n digits", 1_000_000, n => "1" + new string('0', n), text => Assert.Throws<ReluParseException>(() => ReluParser.Parse(text)));
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Nest(string open, string close, int levels) => Repeat(open, levels) + "x" + Repeat(close, levels);

    private static System.Collections.Generic.Dictionary<string, Fraction> At(int x) => new() { ["x"] = new Fraction(x) };
}
