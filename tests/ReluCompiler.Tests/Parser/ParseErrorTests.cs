using System.Collections.Generic;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>Every error kind with its exact message and position (Cases/parse-errors.txt).</summary>
public sealed class ParseErrorTests
{
    public static IEnumerable<object[]> Cases => CaseFile.Load("parse-errors.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInputIsReportedWithItsExactMessageAndPosition(string input, string expected)
    {
        var text = input.Replace("\\r", "\r").Replace("\\n", "\n");
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(text));
        Assert.Equal(expected, $"{error.Line}:{error.Column}: {error.Reason}");
        Assert.Equal($"line {error.Line}, column {error.Column}: {error.Reason}", error.Message);
    }

    [Fact]
    public void TryParseReportsTheSameErrorWithoutThrowing()
    {
        Assert.False(ReluParser.TryParse("x*x", out var expression, out var error));
        Assert.Null(expression);
        Assert.Equal("line 1, column 2: the product of two expressions that both depend on variables is not piecewise linear", error!.Message);
        Assert.Equal(1, error.Offset);
    }

    [Fact]
    public void OffsetCountsEveryCodeUnitBeforeTheError()
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse("σ(x)\n+ σ(x) σ(y)"));
        Assert.Equal(12, error.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\\[ \\]")]
    public void EmptyInputIsAnErrorAtTheStart(string input)
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(input));
        Assert.Equal("unexpected end of input, expected an expression", error.Reason);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }
}
