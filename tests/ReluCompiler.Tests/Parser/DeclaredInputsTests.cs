using System;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>Declared inputs (<c>Relu.Parse(text, inputs)</c>), definition heads, equations and the natural default order.</summary>
public sealed class DeclaredInputsTests
{
    [Fact]
    public void DeclaredOrderIsTheInputOrderOfPoints()
    {
        var f = Relu.Parse("σ(x - y)", inputs: ["y", "x"]);
        Assert.Equal(new[] { "y", "x" }, f.Inputs);
        Assert.Equal(new Fraction(2), f.Evaluate(new Fraction(1), new Fraction(3)));
        Assert.Equal(0.0, f.Evaluate(3.0, 1.0));
    }

    [Fact]
    public void DeclaredInputsMayBeAbsentFromTheText()
    {
        var constant = Relu.Parse("-6σ(5) + 1", inputs: ["x"]);
        Assert.Equal(new[] { "x" }, constant.Inputs);
        Assert.Equal(-29.0, constant.Evaluate(0.125));
        var network = constant.SmallestNetwork().Network;
        Assert.Equal(new[] { "x" }, network.Inputs);
        Assert.Equal(-29.0, network.Evaluate([7.0]));
    }

    [Fact]
    public void AConstantWithNoDeclaredInputsIsAFunctionOfNone() =>
        Assert.Empty(Relu.Parse("5", inputs: []).Inputs);

    [Fact]
    public void AVariableThatIsNotDeclaredIsAnErrorAtItsPosition()
    {
        var error = Assert.Throws<ReluParseException>(() => Relu.Parse("σ(x) + z", inputs: ["x", "y"]));
        Assert.Equal((1, 8, "`z` is not a declared input (the inputs are x, y)"), (error.Line, error.Column, error.Reason));
        var none = Assert.Throws<ReluParseException>(() => Relu.Parse("2x", inputs: []));
        Assert.Equal((2, "`x` is not a declared input (no inputs were declared)"), (none.Column, none.Reason));
    }

    [Theory]
    [InlineData("x,x", "the input `x` is declared twice")]
    [InlineData("1x", "the input `1x` is not a variable name (letters, digits and _, not starting with a digit)")]
    [InlineData("", "the input `` is not a variable name (letters, digits and _, not starting with a digit)")]
    [InlineData("x,ReLU", "the input `ReLU` is the name of a function")]
    public void BadDeclarationsAreRefusedWithTheReason(string names, string reason)
    {
        Assert.Equal(reason, ReluParser.CheckInputs(names.Split(',')));
        var error = Assert.Throws<ArgumentException>(() => ReluParser.Parse("1", names.Split(',')));
        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultOrderIsNaturalSoX2ComesBeforeX10()
    {
        var parsed = ReluParser.Parse("x10 + x2 + x1 + B + a + x02");
        Assert.Equal(new[] { "B", "a", "x1", "x02", "x2", "x10" }, parsed.Variables);
        Assert.Equal("B + a + x1 + x02 + x2 + x10", parsed.Sum.ToString());
    }

    [Fact]
    public void NaturalOrderComparesDigitRunsByValueAndNeverCallsDistinctNamesEqual()
    {
        Assert.True(VariableOrder.Compare("x2", "x10") < 0);
        Assert.True(VariableOrder.Compare("x9y", "x10a") < 0);
        Assert.True(VariableOrder.Compare("x1", "x01") != 0);
        Assert.True(VariableOrder.Compare("x", "x1") < 0);
        Assert.Equal(0, VariableOrder.Compare("h12", "h12"));
    }

    [Fact]
    public void CanonicalFormsAndWitnessesUseNaturalOrderToo()
    {
        Assert.Equal("x2 + x10", Relu.Canonicalize("x10 + x2").ToString());
        var answer = Relu.Equivalent("σ(x10)", "σ(x2)");
        Assert.Equal(new[] { "x2", "x10" }, answer.Variables);
    }

    [Fact]
    public void DefinitionHeadDeclaresTheInputsInItsOrder()
    {
        var parsed = ReluParser.Parse("f(y, x) = x - 2y");
        Assert.Equal(new[] { "y", "x" }, parsed.Variables);
        Assert.Equal("x - 2*y", parsed.Sum.ToString());
        Assert.Equal(new[] { "t" }, ReluParser.Parse("g(t) = 5").Variables);
        Assert.Equal(new[] { "x" }, ReluParser.Parse("y = σ(x)").Variables);
    }

    [Fact]
    public void DefinitionHeadMustUseTheCallersDeclaredInputs()
    {
        Assert.Equal(new[] { "x", "y" }, ReluParser.Parse("f(y) = y", ["x", "y"]).Variables);
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse("f(t) = 1", ["x"]));
        Assert.Equal((3, "`t` is not a declared input (the inputs are x)"), (error.Column, error.Reason));
    }

    [Fact]
    public void EquationSplitsIntoTwoSidesWithTheirOwnText()
    {
        var equation = ReluParser.ParseEquation("σ(x) - σ(-x) = x");
        Assert.Equal(("σ(x) - σ(-x)", "x"), (equation.Left.Source, equation.Right.Source));
        Assert.Equal("σ(x) - σ(-x)", equation.Left.Sum.ToString());
        var (left, right) = Relu.ParseEquation("σ(x) - σ(-x) = x");
        Assert.True(Relu.Equivalent(left, right).IsEqual);
    }

    [Fact]
    public void EquationAfterADefinitionHeadComparesTheTwoExpressions()
    {
        var equation = ReluParser.ParseEquation("f(x, y) = max(x, y) = x + σ(y - x)");
        Assert.Equal(new[] { "x", "y" }, equation.Left.Variables);
        Assert.Equal(new[] { "x", "y" }, equation.Right.Variables);
        Assert.Equal("x + σ(y - x)", equation.Right.Source);
    }

    [Theory]
    [InlineData("σ(x)", "1:5: an equation needs `=` between its two sides")]
    [InlineData("a + 1 = b = c", "1:11: a second `=`: an equation has two sides")]
    [InlineData("x + = 1", "1:5: unexpected end of input, expected an expression")]
    [InlineData("= 1", "1:1: unexpected end of input, expected an expression")]
    [InlineData("x =", "1:4: unexpected end of input, expected an expression")]
    [InlineData("x # 1 = 1", "1:3: unexpected character `#` (U+0023)")]
    public void EquationErrorsArePinned(string text, string expected)
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.ParseEquation(text));
        Assert.Equal(expected, $"{error.Line}:{error.Column}: {error.Reason}");
    }
}
