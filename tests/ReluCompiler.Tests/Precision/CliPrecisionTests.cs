using System.Globalization;
using System.Linq;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Precision;

/// <summary>What <c>relu eval</c> prints is the exact value rounded once, bit for bit, on every engine.</summary>
public sealed class CliPrecisionTests
{
    public static TheoryData<string, string, string> IssueCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var engine in new[] { "il", "interpreter", "roslyn" })
        {
            data.Add(engine, "x + σ(-x - 1e17)", "1 2 -1e17 1e300");
            data.Add(engine, "σ(-1.5 - 1e-30x) + x", "-1 1 2 -1.5e30");
            data.Add(engine, "σ(5u - 6t - 6) - 4t + 4σ(t - 1e20)", "1,1 1e20,3 -1e300,1e300");
            data.Add(engine, "3σ(x) - 3σ(x-1)", "1e308 -1e308 0.3 1.7976931348623157e308");
            data.Add(engine, "1e400*x", "0 1 -1 1e-300 1e-400");
            data.Add(engine, "1e-320*x", "1e300 -1e308 1");
            data.Add(engine, "σ(x)/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7", "1 1e300 5e-324 2.2250738585072014e-308");
            data.Add(engine, string.Join(" + ", Enumerable.Range(0, 20).Select(k => $"{(k % 2 == 0 ? 1 : -1)}*σ(x - {k}e15)")), "1e16 1.5e16 3 -4 2.5e16");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IssueCases))]
    public void EvalPrintsTheOracleBitForBit(string engine, string text, string points)
    {
        var arguments = points.Split(' ');
        var run = CliRunner.Run(new[] { "eval", "--engine", engine, text }.Concat(arguments).ToArray());
        var expression = Relu.Parse(text);
        var expected = arguments
            .Select(point => point.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .Select(point => CorrectRoundingTests.Oracle(expression, point).ToString("R", CultureInfo.InvariantCulture) + "\n");
        Assert.Equal((0, string.Concat(expected), ""), (run.ExitCode, run.Output, run.Error));
    }
}
