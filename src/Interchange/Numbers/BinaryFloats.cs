using System;
using System.Numerics;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Interchange.Numbers;

/// <summary>
/// Exact conversions between IEEE binary floats and rationals. Every finite float is a dyadic rational
/// m·2^e, so reading one loses nothing; writing rounds to nearest, ties to even.
/// </summary>
internal static class BinaryFloats
{
    /// <summary>The exact value of a finite float; null for NaN and ±∞.</summary>
    public static Fraction? FromSingle(float value)
    {
        var bits = BitConverter.SingleToInt32Bits(value);
        var exponentBits = (bits >> 23) & 0xFF;
        if (exponentBits == 0xFF)
        {
            return null;
        }

        long mantissa = bits & 0x7FFFFF;
        // Normal numbers carry the hidden leading 1; subnormals have exponent 1 − 127 − 23 = −149.
        var exponent = exponentBits == 0 ? -149 : exponentBits - 150;
        if (exponentBits != 0)
        {
            mantissa |= 1L << 23;
        }

        return Dyadic(bits < 0 ? -mantissa : mantissa, exponent);
    }

    /// <summary>The exact value of a finite double; null for NaN and ±∞.</summary>
    public static Fraction? FromDouble(double value) =>
        double.IsFinite(value) ? FloatArithmetic.ToFraction(value) : null;

    /// <summary>The float nearest to <paramref name="value"/> (ties to even); ±∞ past the float range.</summary>
    public static float ToSingle(Fraction value)
    {
        // The double nearest to the value is within one float step of the float nearest to it, so the answer
        // is that double rounded, or one of its two float neighbours: pick the closest exactly (no double rounding).
        var candidate = (float)ExactMath.ToDouble(value);
        if (float.IsInfinity(candidate))
        {
            var largest = value.IsNegative ? -float.MaxValue : float.MaxValue;
            // Past MaxValue + half a step the nearest float is ∞ (IEEE overflow rule).
            var limit = FromSingle(float.MaxValue)!.Value + FromDouble(Math.ScaleB(1.0, 103))!.Value;
            return Fraction.Abs(value) >= limit ? candidate : largest;
        }

        var best = candidate;
        var bestDistance = Distance(value, candidate);
        foreach (var neighbour in new[] { MathF.BitDecrement(candidate), MathF.BitIncrement(candidate) })
        {
            if (float.IsInfinity(neighbour))
            {
                continue;
            }

            var distance = Distance(value, neighbour);
            var comparison = distance.CompareTo(bestDistance);
            if (comparison < 0 || (comparison == 0 && (BitConverter.SingleToInt32Bits(neighbour) & 1) == 0))
            {
                best = neighbour;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>|value − rounded|, exactly.</summary>
    public static Fraction Distance(Fraction value, float rounded) => Fraction.Abs(value - FromSingle(rounded)!.Value);

    /// <summary>|value − rounded|, exactly.</summary>
    public static Fraction Distance(Fraction value, double rounded) => Fraction.Abs(value - FromDouble(rounded)!.Value);

    /// <summary>m·2^e as a reduced fraction.</summary>
    private static Fraction Dyadic(long mantissa, int exponent)
    {
        if (mantissa == 0)
        {
            return Fraction.Zero;
        }

        // Strip trailing zero bits so the fraction is already in lowest terms (odd numerator or integer).
        while ((mantissa & 1) == 0 && exponent < 0)
        {
            mantissa >>= 1;
            exponent++;
        }

        return exponent >= 0
            ? new Fraction(new BigInteger(mantissa) << exponent)
            : new Fraction(new BigInteger(mantissa), BigInteger.One << -exponent, normalize: false);
    }
}
