using System;
using System.Numerics;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Ir;

public sealed class ExactMathTests
{
    [Theory]
    [InlineData(3, 1, "3")]
    [InlineData(-1, 4, "-0.25")]
    [InlineData(1, 3, "1/3")]
    [InlineData(-2, 6, "-1/3")]
    [InlineData(0, 5, "0")]
    public void FormatsIntegersDecimalsAndFractions(int p, int q, string expected) =>
        Assert.Equal(expected, ExactMath.Format(new Fraction(p, q)));

    [Fact]
    public void HugeNumeratorAndDenominatorStillConvertToTheNearestDouble()
    {
        var tenTo400 = BigInteger.Pow(10, 400);
        Assert.Equal(1.0, ExactMath.ToDouble(new Fraction(tenTo400 + 1, tenTo400)));
        Assert.Equal(double.PositiveInfinity, ExactMath.ToDouble(new Fraction(tenTo400, 3)));
        Assert.Equal(0.0, ExactMath.ToDouble(new Fraction(1, tenTo400)));
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(-7, 10)]
    [InlineData(1, 1024)]
    public void ConversionMatchesDoubleDivision(long p, long q) =>
        Assert.Equal((double)p / q, ExactMath.ToDouble(new Fraction(p, q)));

    [Fact]
    public void SmallFractionsConvertAsTheSameValueWithHugeTermsDoes() =>
        // Numerator and denominator up to 2⁵³ take the division path; times 3¹⁰⁰ (not reduced) the same value takes
        // the exact path: both must give the nearest double.
        Gen.Select(Gen.Long[-(1L << 53), 1L << 53], Gen.Long[1, 1L << 53]).Sample((p, q) =>
        {
            var scale = BigInteger.Pow(3, 100);
            var small = ExactMath.ToDouble(new Fraction(p, q, normalize: false));
            var huge = ExactMath.ToDouble(new Fraction(p * scale, q * scale, normalize: false));
            Assert.Equal(BitConverter.DoubleToInt64Bits(huge), BitConverter.DoubleToInt64Bits(small));
        });

    [Fact]
    public void SubnormalsRoundCorrectly()
    {
        var smallest = new Fraction(BigInteger.One, BigInteger.Pow(2, 1074));
        Assert.Equal(double.Epsilon, ExactMath.ToDouble(smallest));
        Assert.Equal(0.0, ExactMath.ToDouble(smallest / 2));
        Assert.Equal(double.Epsilon * 2, ExactMath.ToDouble(smallest * new Fraction(3, 2)));
    }
}
