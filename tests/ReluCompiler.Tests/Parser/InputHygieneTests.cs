using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>Characters that hide what a text says are rejected where they are, named by code point.</summary>
public sealed class InputHygieneTests
{
    [Theory]
    [InlineData("x\u0000", 2, "the control character U+0000 is not allowed")]
    [InlineData("\u0007x", 1, "the control character U+0007 is not allowed")]
    [InlineData("x +\u001B1", 4, "the control character U+001B is not allowed")]
    [InlineData("x\u007F", 2, "the control character U+007F is not allowed")]
    [InlineData("x\u0085", 2, "the control character U+0085 is not allowed")]
    [InlineData("x\u000B", 2, "the control character U+000B is not allowed")]
    [InlineData("x\u000C", 2, "the control character U+000C is not allowed")]
    [InlineData("σ(x\uFFFD)", 4, "the replacement character U+FFFD is not allowed (the input was probably not valid UTF-8)")]
    [InlineData("x\u202E + 1", 2, "the bidirectional control character U+202E is not allowed")]
    [InlineData("\u202Ax", 1, "the bidirectional control character U+202A is not allowed")]
    [InlineData("x\u2066", 2, "the bidirectional control character U+2066 is not allowed")]
    [InlineData("x\u2069", 2, "the bidirectional control character U+2069 is not allowed")]
    [InlineData("x\u200E", 2, "the bidirectional control character U+200E is not allowed")]
    [InlineData("x\u200F", 2, "the bidirectional control character U+200F is not allowed")]
    [InlineData("x\u061C", 2, "the bidirectional control character U+061C is not allowed")]
    [InlineData("x\uFEFF", 2, "the byte order mark U+FEFF is only allowed at the start")]
    public void HiddenOrBrokenCharacterIsRejectedByCodePoint(string input, int column, string reason)
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(input));
        Assert.Equal(reason, error.Reason);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Fact]
    public void LoneSurrogatesAreRejectedWhereTheyAre()
    {
        // Written here, not in [InlineData]: test-case serialization would turn a lone surrogate into U+FFFD.
        var high = Assert.Throws<ReluParseException>(() => ReluParser.Parse("x + \uD800"));
        Assert.Equal(("the lone surrogate U+D800 is not allowed (the text is not well-formed UTF-16)", 5), (high.Reason, high.Column));
        var low = Assert.Throws<ReluParseException>(() => ReluParser.Parse("\uDC00x"));
        Assert.Equal(("the lone surrogate U+DC00 is not allowed (the text is not well-formed UTF-16)", 1), (low.Reason, low.Column));
        var reversed = Assert.Throws<ReluParseException>(() => ReluParser.Parse("x\uDC00\uD800"));
        Assert.Equal(("the lone surrogate U+DC00 is not allowed (the text is not well-formed UTF-16)", 2), (reversed.Reason, reversed.Column));
    }

    [Fact]
    public void ForbiddenCharacterOnALaterLineIsLocatedOnIt()
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse("σ(x)\n  + \u0000"));
        Assert.Equal((2, 5, 9), (error.Line, error.Column, error.Offset));
    }

    [Theory]
    [InlineData("\uFEFFσ(x - 1) + 1")]
    [InlineData("σ(x - 1)\t+\r\n1")]
    [InlineData("σ(x\u00A0-\u00A01) + 1")]
    [InlineData("  σ( x - 1 )  +  1  \n")]
    [InlineData("σ(x\u2009-\u20091)\u202F+ 1")]
    public void LeadingBomAndOrdinaryWhitespaceAreAccepted(string input) =>
        Assert.Equal("σ(x - 1) + 1", ReluParser.Parse(input).Sum.ToString());

    [Theory]
    [InlineData("x\u200By", "unexpected character U+200B")]
    [InlineData("x\u2028", "unexpected character U+2028")]
    [InlineData("x + \uE000", "unexpected character U+E000")]
    [InlineData("x\u00AD", "unexpected character U+00AD")]
    public void InvisibleUnknownCharacterIsNamedOnlyByItsCodePoint(string input, string reason) =>
        Assert.Equal(reason, Assert.Throws<ReluParseException>(() => ReluParser.Parse(input)).Reason);

    [Fact]
    public void LeadingBomCountsAsOneColumn()
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse("\uFEFFx)"));
        Assert.Equal((1, 3, 2), (error.Line, error.Column, error.Offset));
    }

    [Fact]
    public void ValidSurrogatePairIsOneUnknownCharacterNotALoneSurrogate()
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse("x + \U0001D465"));
        Assert.Equal("unexpected character `\U0001D465` (U+1D465)", error.Reason);
        Assert.Equal(5, error.Column);
    }
}
