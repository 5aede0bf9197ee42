using System;
using System.Text;
using ReluCompiler.Parser;
using Xunit;
using Xunit.Abstractions;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// Lowering's shortcut (a number times one operand, σ of an affine argument, added straight into the
/// enclosing sum) gives exactly what multiplying out step by step gives, terms as written included, and
/// keeps a long sum cheap in allocations.
/// </summary>
public sealed class LoweringShortcutTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("2*σ(1)", "2*σ(1)", "")]
    [InlineData("σ(1)/2", "0.5*σ(1)", "")]
    [InlineData("σ(1)*2", "2", "")] // a constant left factor is a number: its σ is not kept as a term
    [InlineData("0*σ(x)", "0", "x")]
    [InlineData("σ(x)*0", "0", "x")]
    [InlineData("0*(x + σ(y))", "0", "x,y")]
    [InlineData("2*3*σ(x)/4", "1.5*σ(x)", "x")]
    [InlineData("-2*(σ(x) + x)", "-2*σ(x) - 2*x", "x")]
    [InlineData("3*σ(2x - 4) - σ(x + y)", "3*σ(2*x - 4) - σ(x + y)", "x,y")]
    [InlineData("σ(0*x + 1)", "σ(1)", "x")]
    [InlineData("σ(x - x)", "σ(0)", "x")]
    [InlineData("2*max(x, 0)", "2*σ(x)", "x")]
    [InlineData("σ(1)*σ(x)", "σ(x)", "x")]
    [InlineData("x/2*3", "1.5*x", "x")]
    public void ShortcutAndStepByStepProductsLowerToTheSameTerms(string input, string sum, string variables)
    {
        var parsed = ReluParser.Parse(input);
        Assert.Equal((sum, variables), (parsed.Sum.ToString(), string.Join(",", parsed.Variables)));
    }

    [Theory]
    [InlineData("0*σ(σ(x) + y)", 3)]
    [InlineData("0/0*σ(foo(x))", 2)]
    [InlineData("σ(foo(x))/0", 3)]
    public void ErrorsInsideAProductByANumberAreReportedAsWithoutTheShortcut(string input, int column) =>
        Assert.Equal(column, Assert.Throws<ReluParseException>(() => ReluParser.Parse(input)).Column);

    [Fact]
    public void LongSumAllocatesUnder1200BytesPerTerm()
    {
        // 5,000 bytes a term before the grammar loops and the lowering shortcut; about 860 after.
        const int terms = 20_000;
        var text = new StringBuilder("3*σ(x - 0)");
        for (var i = 1; i < terms; i++)
        {
            text.Append(i % 2 == 0 ? " + " : " - ").Append(1 + (i % 8)).Append("*σ(x - ").Append(i % 1000).Append(')');
        }

        var source = text.ToString();
        ReluParser.Parse(source); // warms the shared buffer pool and the name cache
        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = ReluParser.Parse(source);
        var perTerm = (GC.GetAllocatedBytesForCurrentThread() - before) / terms;
        output.WriteLine($"{perTerm:N0} bytes allocated per term");

        Assert.Equal(terms, parsed.Sum.Terms.Length);
        Assert.InRange(perTerm, 0, 1_200);
    }
}
