using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// The syntax tree's shape, printed fully parenthesised: flat sums <c>(a + b - c)</c>, flat products
/// <c>(a * b / c d)</c> with juxtaposition as a space, <c>-(e)</c> for negation.
/// </summary>
public sealed class GrammarShapeTests
{
    [Theory]
    [InlineData("2/3 σ(x)", "(2 / 3 σ(x))")]
    [InlineData("1/2x", "(1 / 2 x)")]
    [InlineData("2x", "(2 x)")]
    [InlineData("2σ(x)", "(2 σ(x))")]
    [InlineData("3(x + 1)", "(3 (x + 1))")]
    [InlineData("2 \\sigma(x)", "(2 \\sigma(x))")]
    [InlineData("x - y + z - 1", "(x - y + z - 1)")]
    [InlineData("a * b / c * d", "(a * b / c * d)")]
    [InlineData("2 × x · 3 \\times y \\cdot 4 ⋅ z", "(2 * x * 3 * y * 4 * z)")]
    [InlineData("x − y", "(x - y)")]
    [InlineData("-x", "-(x)")]
    [InlineData("--x", "x")]
    [InlineData("+-+x", "-(x)")]
    [InlineData("2 * -x", "(2 * -(x))")]
    [InlineData("x - -1", "(x - -(1))")]
    [InlineData("-2x", "(-(2) x)")]
    [InlineData("|x - 1|", "|(x - 1)|")]
    [InlineData("\\left| x \\right|", "|x|")]
    [InlineData("\\lvert x \\rvert", "|x|")]
    [InlineData("||x| - 1|", "|(|x| - 1)|")]
    [InlineData("max(0, x)", "max(0, x)")]
    [InlineData("\\max\\left(0, x\\right)", "\\max(0, x)")]
    [InlineData("((x))", "x")]
    [InlineData("$$ x $$", "x")]
    [InlineData("\\( x \\quad + \\; 1 \\! \\)", "(x + 1)")]
    [InlineData("2e", "(2 e)")]
    [InlineData("2ex", "(2 ex)")]
    [InlineData("1e3x", "(1e3 x)")]
    [InlineData("2.x", "(2. x)")]
    [InlineData("x1 + _y", "(x1 + _y)")]
    [InlineData("xσ(x)", "(x σ(x))")]
    [InlineData("2|x|", "(2 |x|)")]
    [InlineData("|x||y|", "(|x| |y|)")]
    [InlineData("|2|x||", "|(2 |x|)|")]
    [InlineData("3|x| + |y|", "((3 |x|) + |y|)")]
    [InlineData("\\frac{1}{2}", "(1 / 2)")]
    [InlineData("2\\frac{x}{3}", "(2 (x / 3))")]
    [InlineData("[x + 1]{2}", "((x + 1) 2)")]
    [InlineData("\\max\\{0, x\\}", "\\max(0, x)")]
    [InlineData("\\operatorname{ReLU}(x)", "ReLU(x)")]
    [InlineData("\\bigl( x \\bigr)", "x")]
    [InlineData("f(x) = x – 1", "(x - 1)")]
    public void ExpressionParsesToTheExpectedTree(string input, string tree) =>
        Assert.Equal(tree, ReluParser.ParseSyntax(input).ToString());

    [Fact]
    public void SumNodeRecordsThePositionOfEachOperator()
    {
        var sum = Assert.IsType<ReluCompiler.Parser.Syntax.SumNode>(ReluParser.ParseSyntax("x\n  - y"));
        Assert.Equal(new ReluCompiler.Parser.Syntax.SourcePosition(2, 3, 4), sum.Rest[0].OperatorPosition);
        Assert.True(sum.Rest[0].Subtract);
    }
}
