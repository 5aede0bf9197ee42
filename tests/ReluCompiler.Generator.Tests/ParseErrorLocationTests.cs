using Xunit;
using static ReluCompiler.Generator.Tests.DiagnosticAssert;

namespace ReluCompiler.Generator.Tests;

/// <summary>
/// RELU001: the parser's own message at the character it means, inside every kind of string literal: the
/// escapes, verbatim quotes and raw-string indentation between the value and the source are mapped back.
/// </summary>
public sealed class ParseErrorLocationTests
{
    private const string ExtraParenthesis = "unexpected `)`, expected an operator or end of input";

    [Fact]
    public void ExtraClosingParenthesisIsUnderlinedInAPlainString() => Single(
        Member("""    [ReluFunction("σ(x-1))")] public static partial double G(double x);"""),
        "RELU001", ExtraParenthesis, ")", 6, 26);

    [Fact]
    public void UnicodeAndTabEscapesBeforeTheErrorAreCountedAsTheSourceCharactersTheyTake() => Single(
        Member("""    [ReluFunction("\u03C3(x\t- 1))")] public static partial double G(double x);"""),
        "RELU001", ExtraParenthesis, ")", 6, 34);

    [Fact]
    public void AnEscapedCharacterThatIsTheErrorIsUnderlinedAsItsWholeEscape() => Single(
        Member("""    [ReluFunction("σ(x) \u0040 1")] public static partial double G(double x);"""),
        "RELU001", "unexpected character `@` (U+0040)", "\\u0040", 6, 25);

    [Fact]
    public void AnAstralCharacterFromALongEscapeIsUnderlinedAsItsWholeEscape() => Single(
        Member("""    [ReluFunction("σ(x) + \U0001D70E(x)")] public static partial double G(double x);"""),
        "RELU001", "unexpected character `\U0001D70E` (U+1D70E)", "\\U0001D70E", 6, 27);

    [Fact]
    public void DoubledQuoteInAVerbatimStringIsOneCharacterOfTheValue() => Single(
        Member(""""    [ReluFunction(@"σ(x) + ""1""")] public static partial double G(double x);""""),
        "RELU001", "unexpected character `\"` (U+0022)", "\"\"", 6, 28);

    [Fact]
    public void RawStringOnOneLineMapsCharacterForCharacter() => Single(
        Member("""""    [ReluFunction("""σ(x-1)) "quoted" """)] public static partial double G(double x);"""""),
        "RELU001", ExtraParenthesis, ")", 6, 28);

    [Fact]
    public void MultiLineRawStringLosesItsIndentationButTheErrorKeepsItsLineAndColumn() => Single(
        Member(""""
                [ReluFunction("""
                    σ(x - 1)
                    + 2σ(x - 2))
                    """)]
                public static partial double G(double x);
            """"),
        "RELU001", ExtraParenthesis, ")", 8, 20);

    [Fact]
    public void UnknownWordIsUnderlinedWhole() => Single(
        Member("""    [ReluFunction("σ(x) + sigm(x)")] public static partial double G(double x);"""),
        "RELU001", "unknown function `sigm`", "sigm", 6, 27);

    [Fact]
    public void MissingClosingParenthesisPointsBetweenTheLastCharacterAndTheQuote()
    {
        var run = Single(
            Member("""    [ReluFunction("σ(x-1")] public static partial double G(double x);"""),
            "RELU001", "unexpected end of input, expected `)`", "", 6, 25);
        Assert.Equal(0, run.Reported[0].Location.SourceSpan.Length);
    }

    [Fact]
    public void ConstantFromAFieldIsUnderlinedWholeWithTheParsersMessage() => Single(
        Member("""    private const string Text = "σ(x-1))";""" + "\n" + """    [ReluFunction(Text)] public static partial double G(double x);"""),
        "RELU001", ExtraParenthesis, "Text", 7, 19);
}
