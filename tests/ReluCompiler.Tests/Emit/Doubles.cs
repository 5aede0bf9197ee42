using System;
using System.Globalization;
using System.Numerics;
using Fractions;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>Comparing doubles bit for bit (every NaN counts as the same), and doubles as exact rationals.</summary>
internal static class Doubles
{
    /// <summary>Same bits, or both NaN (payloads may differ between engines, and nobody can observe them portably).</summary>
    public static bool Same(double left, double right) =>
        BitConverter.DoubleToInt64Bits(left) == BitConverter.DoubleToInt64Bits(right) || (double.IsNaN(left) && double.IsNaN(right));

    public static void AssertSame(double expected, double actual, string context)
    {
        if (!Same(expected, actual))
        {
            Assert.Fail($"{context}: expected {Show(expected)} but got {Show(actual)}");
        }
    }

    public static string Show(double value) =>
        value.ToString("R", CultureInfo.InvariantCulture) + " (0x" + BitConverter.DoubleToInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture) + ")";

    /// <summary>The exact rational value of a finite double.</summary>
    public static Fraction Exact(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite doubles are rationals.");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        var power = exponent - 1075;
        var numerator = new BigInteger(mantissa) * (bits < 0 ? -1 : 1);
        return power >= 0
            ? new Fraction(numerator * BigInteger.Pow(2, power))
            : new Fraction(numerator, BigInteger.Pow(2, -power)).Reduce();
    }
}
