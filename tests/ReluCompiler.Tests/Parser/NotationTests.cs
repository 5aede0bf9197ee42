using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;
using ReluCompiler.Tests.Emit;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// The notation of papers (Cases/notation.txt): each form is exactly the same function as its plain
/// spelling, and every engine computes it.
/// </summary>
public sealed class NotationTests
{
    private static readonly List<object[]> CaseRows = CaseFile.Load("notation.txt").ToList();

    public static IEnumerable<object[]> Cases => CaseRows;

    public static IEnumerable<object[]> CasesOnEveryEngine =>
        from row in CaseRows from engine in Engines.SumNames select new[] { row[0], row[1], engine };

    [Theory]
    [MemberData(nameof(Cases))]
    public void NotationIsExactlyTheSameFunctionAsItsPlainSpelling(string input, string plain)
    {
        var answer = Relu.Equivalent(input, plain);
        Assert.True(answer.IsEqual, $"`{input}` differs from `{plain}` at {string.Join(", ", answer.WitnessValues)}");
    }

    [Theory]
    [MemberData(nameof(CasesOnEveryEngine))]
    public void EveryEngineComputesTheNotationAsThePlainSpellingsExactValue(string input, string plain, string engine)
    {
        var parsed = Relu.Parse(input);
        var reference = Relu.Parse(plain, parsed.Inputs);
        var evaluate = Engines.Compile(engine, parsed.SmallestNetwork().Network);
        foreach (var point in Points(parsed.Inputs.Length))
        {
            // A network adds its units in doubles: within a few units in the last place of the exact value.
            var expected = (double)reference.Evaluate(point.Select(v => new Fraction(v)).ToArray());
            var actual = evaluate(point);
            Assert.True(Math.Abs(expected - actual) <= 1e-14 * Math.Max(1, Math.Abs(expected)), $"{engine} at ({string.Join(", ", point)}): {actual}, exactly {expected}");
        }
    }

    /// <summary>Every point of a small grid with kinks on it: −2, −1/2, 0, 1, 5/2 in each input.</summary>
    private static IEnumerable<double[]> Points(int inputs)
    {
        double[] values = [-2, -0.5, 0, 1, 2.5];
        IEnumerable<double[]> points = [[]];
        for (var i = 0; i < inputs; i++)
        {
            points = points.SelectMany(p => values.Select(v => p.Append(v).ToArray())).ToList();
        }

        return points;
    }
}
