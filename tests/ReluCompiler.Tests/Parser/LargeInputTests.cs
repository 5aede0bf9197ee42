using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using Fractions;
using ReluCompiler.Parser;
using Xunit;
using Xunit.Abstractions;

namespace ReluCompiler.Tests.Parser;

/// <summary>A long flat sum is not nesting: it parses, lowers and evaluates in time and memory linear in its length.</summary>
public sealed class LargeInputTests(ITestOutputHelper output)
{
    private const int Terms = 200_000;

    /// <summary>
    /// "A few seconds" on a quiet machine (about 2 s in Debug, 1.5 s in Release); the bound leaves room for
    /// a 2-core CI runner shared with other builds.
    /// </summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    [Fact]
    public void FlatSumOf200000TermsParsesAndEvaluatesInAFewSeconds()
    {
        // σ(x) - σ(x - 1) + σ(x - 2) - …: at x = 200000 every term is active and the value is 100000.
        var text = new StringBuilder("σ(x)");
        for (var i = 1; i < Terms; i++)
        {
            text.Append(i % 2 == 0 ? " + σ(x - " : " - σ(x - ").Append(i).Append(')');
        }

        var source = text.ToString();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var sum = ReluParser.Parse(source).Sum;
        var parsed = clock.Elapsed;
        var value = sum.Evaluate(new Dictionary<string, Fraction> { ["x"] = new Fraction(Terms) });
        var approximate = sum.Evaluate(new Dictionary<string, double> { ["x"] = Terms });
        var total = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine($"{source.Length:N0} characters: parsed in {parsed.TotalMilliseconds:N0} ms, evaluated by {total.TotalMilliseconds:N0} ms, {allocated / Terms:N0} bytes allocated per term");

        Assert.Equal(Terms, sum.Terms.Length);
        Assert.Equal(new Fraction(Terms / 2), value);
        Assert.Equal(Terms / 2, approximate);
        Assert.InRange(total, TimeSpan.Zero, Budget);
        Assert.InRange(allocated / Terms, 0, 16 * 1024);
    }
}
