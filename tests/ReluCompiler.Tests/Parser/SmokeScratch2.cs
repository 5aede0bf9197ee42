using System.Diagnostics;
using System.Linq;
using System.Text;
using ReluCompiler.Parser;
using Xunit;
using Xunit.Abstractions;

namespace ReluCompiler.Tests.Parser;

public sealed class SmokeScratch2(ITestOutputHelper output)
{
    private void Try(string label, string text)
    {
        var sw = Stopwatch.StartNew();
        var ok = ReluParser.TryParse(text, out var e, out var error);
        output.WriteLine($"{label}: {sw.Elapsed.TotalMilliseconds:F1} ms {(ok ? "ok " + (e!.Sum.Terms.Length) : error!.Message)}");
    }

    [Fact]
    public void Deep()
    {
        string Rep(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
        Try("x)", "x)");
        Try("256 parens", Rep("(", 256) + "x" + Rep(")", 256));
        Try("257 parens", Rep("(", 257) + "x" + Rep(")", 257));
        Try("256 sigma", Rep("σ(", 256) + "x" + Rep(")", 256));
        Try("256 bars", Rep("|", 256) + "x" + Rep("|", 256));
        Try("256 max", Rep("max(0,", 256) + "x" + Rep(")", 256));
        Try("256 minus", Rep("-", 256) + "x");
        Try("257 minus", Rep("-", 257) + "x");
        Try("128 -(", Rep("-(", 128) + "x" + Rep(")", 128));
        Try("100k parens", Rep("(", 100000) + "x" + Rep(")", 100000));
        Try("50k sigma", Rep("σ(", 50000) + "x" + Rep(")", 50000));
        Try("200k minus", Rep("-", 200000) + "x");
        var sb = new StringBuilder();
        for (var i = 0; i < 200000; i++) sb.Append(i % 2 == 0 ? " + " : " - ").Append("σ(x - ").Append(i).Append(')');
        Try("200k sum", sb.ToString());
        Try("200k sum again", sb.ToString());
    }
}
