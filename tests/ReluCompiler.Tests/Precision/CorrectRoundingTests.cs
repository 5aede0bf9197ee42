using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Precision;

/// <summary>
/// The correctly rounded evaluator against the oracle: the expression as written, evaluated in exact rationals at
/// the double point, rounded once. The oracle shares no code with the evaluator but <see cref="ExactMath.ToDouble"/>.
/// </summary>
public sealed class CorrectRoundingTests
{
    public static TheoryData<string, double[]> HardCases() => new()
    {
        { "x + σ(-x - 1e17)", new[] { 1.0, 2, -1, 0, 1e17, -1e17, -1e17 - 16, 3e17 } },
        { "σ(-1.5 - 1e-30x) + x", new[] { -1.0, 1, 2, 0, -1.5e30, -1.6e30, 1e300 } },
        { "3σ(x) - 3σ(x-1)", new[] { 1e308, -1e308, double.MaxValue, 0.5, 1, 1e-310, double.Epsilon } },
        { "σ(x) - σ(x-1)", new[] { 1e16, 1e300, 0.1, 1 - 1e-16, 1 + 2.220446049250313e-16 } },
        { "1e-320*x", new[] { 1e300, 1, double.MaxValue, -1e308 } },
        { "x/3", new[] { 0.1, 1, 3, 1e-300, 5e-324, 1e308 } },
        { "σ(x - 1/3) - σ(x - 2/3) - 1/3", new[] { 0.0, 0.3333333333333333, 0.5, 1, 0.6666666666666666, 1e20 } },
        { "1e20σ(x) + σ(x-1) + 2σ(x-2) + 5σ(x-3) - 100000000000000000002x", new[] { 0.0, 1, 2.5, 3, 4, -7, 1e10 } },
        { "σ(x - 0.1) - σ(x - 0.1 - 1e-20)", new[] { 0.1, 0.1000000000000001, 0.2, 0.09999999999999999 } },
        { "σ(1e200x - 1) - σ(1e200x - 2)", new[] { 1e-200, 1.5e-200, 2e-200, 1e-199 } },
        { "σ(x)/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7", new[] { 1.0, 1e300, 3.0 } },
    };

    public static TheoryData<string, double[]> SeveralInputs() => new()
    {
        { "σ(5u - 6t - 6) - 4t + 4σ(t - 1e20)", new[] { 1.0, 1, 1e20, 2, 1e20 + 2e4, 0, -1e300, 1e300 } },
        { "σ(x + y - 1e17) - σ(x + y - 1e17 - 1)", new[] { 1e17, 0.5, 1e17, 1, 5e16, 5e16 } },
        { "max(x, y) - min(x, y) - |x - y|", new[] { 1.0, 2, 1e300, -1e300, 0.1, 0.2 } },
        { "σ(x/3 + y/7 - 1) + x/11", new[] { 3.0, 7, 1e-100, 1e100, 0.3, 0.7 } },
    };

    [Theory]
    [MemberData(nameof(HardCases))]
    public void OneVariableValuesAreTheExactValueRoundedOnce(string text, double[] points)
    {
        var expression = Relu.Parse(text);
        foreach (var x in points)
        {
            Assert.Equal(Oracle(expression, x), expression.EvaluateCorrectlyRounded(x));
        }
    }

    [Theory]
    [MemberData(nameof(SeveralInputs))]
    public void SeveralVariableValuesAreTheExactValueRoundedOnce(string text, double[] coordinates)
    {
        var expression = Relu.Parse(text);
        for (var i = 0; i + 1 < coordinates.Length; i += 2)
        {
            var point = new[] { coordinates[i], coordinates[i + 1] };
            Assert.Equal(Oracle(expression, point), expression.EvaluateCorrectlyRounded(point));
        }
    }

    [Fact]
    public void RandomExpressionsWithFarKinksAndTinyOrHugeWeightsAreCorrectlyRoundedEverywhere()
    {
        var random = new Random(14);
        for (var round = 0; round < 150; round++)
        {
            var expression = Relu.Parse(RandomExpression(random, random.Next(1, 3)));
            var evaluator = expression.CorrectlyRounded;
            for (var p = 0; p < 30; p++)
            {
                var point = expression.Inputs.Select(_ => RandomPoint(random)).ToArray();
                Assert.True(
                    Oracle(expression, point) == evaluator.Evaluate(point),
                    $"{expression.Source} at ({string.Join(", ", point.Select(v => v.ToString("R")))})");
            }
        }
    }

    [Fact]
    public void TheBlogsSixUnitsAreAnsweredByTheFastPathAtOrdinaryPoints()
    {
        var evaluator = Relu.Parse("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) - σ(x-4) + σ(x-6)").CorrectlyRounded;
        var random = new Random(6);
        var fast = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var x = random.NextDouble() * 10 - 2;
            fast += evaluator.TryEvaluateFast([x], out var value) && value == evaluator.Evaluate([x]) ? 1 : 0;
        }

        var miss = Enumerable.Range(0, 200).Select(i => i * 0.05 - 2).Where(x => !evaluator.TryEvaluateFast([x], out _)).Take(10);
        Assert.True(fast >= 9_990, $"only {fast} of 10,000 points took the fast path; missed {string.Join(", ", miss)}");
    }

    [Fact]
    public void AFarKinkIsAnsweredByTheFastPathNearTheOrigin()
    {
        var evaluator = Relu.Parse("σ(5u - 6t - 6) - 4t + 4σ(t - 1e20)").CorrectlyRounded;
        Assert.True(evaluator.TryEvaluateFast([1.0, 1.0], out var value));
        Assert.Equal(-4.0, value);
    }

    [Fact]
    public void InfiniteInputsGiveTheLimitAndNanGivesNan()
    {
        var expression = Relu.Parse("3σ(x) - 3σ(x-1)");
        Assert.Equal(3.0, expression.EvaluateCorrectlyRounded(double.PositiveInfinity));
        Assert.Equal(0.0, expression.EvaluateCorrectlyRounded(double.NegativeInfinity));
        Assert.True(double.IsNaN(expression.EvaluateCorrectlyRounded(double.NaN)));
        Assert.Equal(double.NegativeInfinity, Relu.Parse("σ(x) - 2x").EvaluateCorrectlyRounded(double.PositiveInfinity));
        Assert.True(double.IsNaN(Relu.Parse("x + y - y").EvaluateCorrectlyRounded(1, double.NaN)));
        Assert.Equal(1.0, Relu.Parse("x + y - y").EvaluateCorrectlyRounded(1, double.PositiveInfinity));
    }

    [Fact]
    public void WeightsBeyondTheDoubleRangeGiveTheRoundedExactFunction()
    {
        var expression = Relu.Parse("1e400*x");
        Assert.Equal(0.0, expression.EvaluateCorrectlyRounded(0));
        Assert.Equal(double.PositiveInfinity, expression.EvaluateCorrectlyRounded(1));
        Assert.Equal(double.NegativeInfinity, expression.EvaluateCorrectlyRounded(-1));
        Assert.Equal(Oracle(expression, 1e-300), expression.EvaluateCorrectlyRounded(1e-300));
        Assert.Equal(0.0, Relu.Parse("1e-400*x").EvaluateCorrectlyRounded(1));
        Assert.Equal(Oracle(Relu.Parse("1e-400*x"), 1e300), Relu.Parse("1e-400*x").EvaluateCorrectlyRounded(1e300));
    }

    [Fact]
    public void TheExactZeroIsPositive()
    {
        var value = Relu.Parse("-σ(x)").EvaluateCorrectlyRounded(-1);
        Assert.Equal(0L, BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void ExactConversionOfDoublesAgreesWithScalingTheSignificand()
    {
        foreach (var value in new[] { 0.1, -1e300, 5e-324, -1.5e-320, 2.2250738585072014e-308, double.MaxValue, 3.0, -0.0 })
        {
            Assert.Equal(ExactOf(value), FloatArithmetic.ToFraction(value));
        }
    }

    internal static double Oracle(ReluExpression expression, params double[] point)
    {
        var exact = new Dictionary<string, Fraction>(StringComparer.Ordinal);
        for (var i = 0; i < point.Length; i++)
        {
            exact[expression.Inputs[i]] = ExactOf(point[i]);
        }

        return ExactMath.ToDouble(expression.Sum.Evaluate(exact));
    }

    /// <summary>
    /// The exact value of a finite double, by scaling its significand to an integer. Not Fraction.FromDouble:
    /// Fractions 8.3 adds the implicit bit to subnormals (5e-324 becomes (2⁵² + 1)·2⁻¹¹²⁶).
    /// </summary>
    internal static Fraction ExactOf(double value)
    {
        if (value == 0)
        {
            return Fraction.Zero;
        }

        var exponent = Math.ILogB(value);
        var significand = new System.Numerics.BigInteger(Math.ScaleB(value, 52 - exponent));
        var power = exponent - 52;
        return power >= 0
            ? new Fraction(significand * System.Numerics.BigInteger.Pow(2, power))
            : new Fraction(significand, System.Numerics.BigInteger.Pow(2, -power));
    }

    /// <summary>1 to 8 units with kinks near and far, weights from 1e-30 to 1e30, float32-like and decimal coefficients.</summary>
    internal static string RandomExpression(Random random, int variables)
    {
        string[] names = ["x", "y"];
        string Number()
        {
            return random.Next(6) switch
            {
                0 => random.Next(-9, 10).ToString(),
                1 => ((float)(random.NextDouble() * 4 - 2)).ToString("R"),
                2 => $"{random.Next(1, 99)}e{random.Next(-30, 31)}",
                3 => $"{random.Next(-50, 50)}/{random.Next(1, 13)}",
                4 => $"-{random.Next(1, 9)}e{random.Next(10, 21)}",
                _ => (random.NextDouble() * 10 - 5).ToString("R"),
            };
        }

        var terms = new List<string>();
        for (var k = random.Next(1, 9); k > 0; k--)
        {
            var argument = string.Join(" + ", names.Take(variables).Select(n => $"({Number()})*{n}"));
            terms.Add($"({Number()})*σ({argument} + ({Number()}))");
        }

        terms.Add($"({Number()})*x");
        terms.Add($"({Number()})");
        return string.Join(" + ", terms);
    }

    internal static double RandomPoint(Random random) => random.Next(8) switch
    {
        0 => random.Next(-5, 6),
        1 => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 301)),
        2 => BitConverter.Int64BitsToDouble(random.NextInt64(1, 1L << 52)) * (random.Next(2) * 2 - 1),
        3 => (random.NextDouble() - 0.5) * 1e17,
        _ => (random.NextDouble() - 0.5) * 20,
    };
}
