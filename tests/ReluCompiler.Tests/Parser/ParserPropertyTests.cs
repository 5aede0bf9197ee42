using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// Random expressions against an independent exact evaluator: any spelling parses to the same function,
/// and the printed IR parses back to it. Bounded by iteration counts (about a second each).
/// </summary>
public sealed class ParserPropertyTests
{
    /// <summary>Integers, halves and quarters from -3 to 3: every breakpoint of small random expressions is near these.</summary>
    private static readonly Fraction[] Points = Enumerable.Range(-12, 25).Select(k => new Fraction(k, 4).Reduce()).ToArray();

    private static readonly Gen<(RandomExpression Expression, int Seed)> Samples =
        Gen.Select(RandomExpression.Any, Gen.Int);

    [Fact]
    public void AnySpellingOfARandomExpressionHasItsExactValues() =>
        Samples.Sample(
            sample =>
            {
                var text = sample.Expression.Render(new Random(sample.Seed));
                var sum = ReluParser.Parse(text).Sum;
                foreach (var x in Points)
                {
                    Assert.Equal(sample.Expression.Evaluate(x).Reduce(), sum.Evaluate(At(x)));
                }
            },
            iter: 400,
            threads: 1,
            print: sample => sample.Expression.Render(new Random(sample.Seed)));

    [Fact]
    public void TwoSpellingsOfOneExpressionParseToTheSameFunction() =>
        Gen.Select(RandomExpression.Any, Gen.Int, Gen.Int).Sample(
            (expression, seed1, seed2) =>
            {
                var first = ReluParser.Parse(expression.Render(new Random(seed1))).Sum;
                var second = ReluParser.Parse(expression.Render(new Random(seed2))).Sum;
                foreach (var x in Points)
                {
                    Assert.Equal(first.Evaluate(At(x)), second.Evaluate(At(x)));
                }
            },
            iter: 200,
            threads: 1);

    [Fact]
    public void PrintedSumParsesBackToTheSameValues() =>
        Samples.Sample(
            sample =>
            {
                var sum = ReluParser.Parse(sample.Expression.Render(new Random(sample.Seed))).Sum;
                var printed = sum.ToString();
                var reparsed = ReluParser.Parse(printed).Sum;
                Assert.Equal(printed, reparsed.ToString());
                foreach (var x in Points)
                {
                    Assert.Equal(sum.Evaluate(At(x)), reparsed.Evaluate(At(x)));
                }
            },
            iter: 300,
            threads: 1);

    [Fact]
    public void DoubleInterpreterAgreesWithTheExactOneOnRandomExpressions() =>
        Samples.Sample(
            sample =>
            {
                var sum = ReluParser.Parse(sample.Expression.Render(new Random(sample.Seed))).Sum;
                foreach (var x in Points)
                {
                    var exact = ExactMathDouble(sum.Evaluate(At(x)));
                    var approximate = sum.Evaluate(new Dictionary<string, double> { ["x"] = ExactMathDouble(x) });
                    Assert.InRange(approximate, exact - (1e-9 * (1 + Math.Abs(exact))), exact + (1e-9 * (1 + Math.Abs(exact))));
                }
            },
            iter: 200,
            threads: 1);

    [Fact]
    public void SumOfTwoVariableUnitsRoundTripsThroughItsText() =>
        Gen.Select(Gen.Int[-5, 5], Gen.Int[-5, 5], Gen.Int[-5, 5], Gen.Int[-5, 5]).Array[1, 6].Sample(
            units =>
            {
                var text = string.Join(" + ", units.Select(u => $"{u.Item1}σ({u.Item2}x + {u.Item3}y - {u.Item4})"));
                var sum = ReluParser.Parse(text).Sum;
                var reparsed = ReluParser.Parse(sum.ToString()).Sum;
                foreach (var x in Points.Take(5))
                {
                    foreach (var y in Points.Skip(20))
                    {
                        var point = new Dictionary<string, Fraction> { ["x"] = x, ["y"] = y };
                        var expected = units.Aggregate(Fraction.Zero, (acc, u) => acc + (u.Item1 * Max0((u.Item2 * x) + (u.Item3 * y) - u.Item4)));
                        Assert.Equal(expected.Reduce(), sum.Evaluate(point));
                        Assert.Equal(expected.Reduce(), reparsed.Evaluate(point));
                    }
                }
            },
            iter: 200,
            threads: 1);

    private static Fraction Max0(Fraction v) => v.IsPositive ? v : Fraction.Zero;

    private static double ExactMathDouble(Fraction value) => ReluCompiler.Ir.ExactMath.ToDouble(value);

    private static Dictionary<string, Fraction> At(Fraction x) => new() { ["x"] = x };
}
