using System;
using System.Globalization;
using System.Numerics;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// Helpers for exact rationals (<see cref="Fraction"/>): a correctly rounded conversion to
/// <see cref="double"/> and the text forms used everywhere in the project (<c>3</c>, <c>-0.25</c>, <c>1/3</c>).
/// </summary>
public static class ExactMath
{
    /// <summary>Decimals print in full only up to this many fractional digits; past it <c>p/q</c> is shorter.</summary>
    private const int MaxDecimalDigits = 24;

    /// <summary>
    /// The double nearest to <paramref name="value"/> (ties to even), ±∞ past the double range.
    /// <see cref="Fraction.ToDouble"/> answers NaN when numerator and denominator are both huge,
    /// so the conversion is done here, on the integers.
    /// </summary>
    public static double ToDouble(Fraction value)
    {
        var numerator = value.Numerator;
        var denominator = value.Denominator;
        if (denominator.IsZero)
        {
            return numerator.Sign switch { > 0 => double.PositiveInfinity, < 0 => double.NegativeInfinity, _ => double.NaN };
        }

        if (numerator.IsZero)
        {
            return 0.0;
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var negative = numerator.Sign < 0;
        var n = BigInteger.Abs(numerator);
        var d = denominator;

        // e = floor(log2(n / d)), found from bit lengths and one comparison.
        var e = (long)(n.GetBitLength() - d.GetBitLength());
        var shiftedN = e < 0 ? n << (int)-e : n;
        var shiftedD = e > 0 ? d << (int)e : d;
        if (shiftedN < shiftedD)
        {
            e--;
        }

        if (e > 1023)
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        // Keep 53 significant bits, or fewer where the result is subnormal (exponent floor -1022).
        var shift = 52 - Math.Max(e, -1022);
        if (shift > 1200)
        {
            return negative ? -0.0 : 0.0;
        }

        var scaledN = shift >= 0 ? n << (int)shift : n;
        var scaledD = shift < 0 ? d << (int)-shift : d;
        var quotient = BigInteger.DivRem(scaledN, scaledD, out var remainder);
        var twice = remainder << 1;
        if (twice > scaledD || (twice == scaledD && !quotient.IsEven))
        {
            quotient += 1;
        }

        var magnitude = Math.ScaleB((double)quotient, (int)-shift);
        return negative ? -magnitude : magnitude;
    }

    /// <summary>
    /// The exact text of a rational: an integer (<c>-3</c>), a terminating decimal (<c>0.125</c>)
    /// or a reduced fraction (<c>1/3</c>). Every form parses back to the same value.
    /// </summary>
    public static string Format(Fraction value)
    {
        var reduced = value.Reduce();
        var numerator = reduced.Numerator;
        var denominator = reduced.Denominator;
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        if (denominator.IsOne)
        {
            return numerator.ToString(CultureInfo.InvariantCulture);
        }

        if (TryDecimalDigits(denominator, out var digits) && digits <= MaxDecimalDigits)
        {
            var scaled = numerator * BigInteger.Pow(10, digits) / denominator;
            var sign = scaled.Sign < 0 ? "-" : "";
            var text = BigInteger.Abs(scaled).ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
            return sign + text[..^digits] + "." + text[^digits..];
        }

        return numerator.ToString(CultureInfo.InvariantCulture) + "/" + denominator.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a double the way the command line prints numbers: invariant, shortest round-trip.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A fraction from an integer.</summary>
    public static Fraction Of(BigInteger value) => new(value);

    /// <summary>A fraction p/q; <paramref name="denominator"/> must not be zero.</summary>
    public static Fraction Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational number cannot have a zero denominator.");
        }

        return new Fraction(numerator, denominator).Reduce();
    }

    /// <summary>The sign of a rational: -1, 0 or 1.</summary>
    public static int Sign(Fraction value) => value.IsZero ? 0 : value.IsNegative ? -1 : 1;

    /// <summary>Whether 1/denominator terminates in base ten, and after how many digits.</summary>
    private static bool TryDecimalDigits(BigInteger denominator, out int digits)
    {
        int twos = 0, fives = 0;
        while (denominator.IsEven)
        {
            denominator >>= 1;
            twos++;
        }

        while ((denominator % 5).IsZero)
        {
            denominator /= 5;
            fives++;
        }

        digits = Math.Max(twos, fives);
        return denominator.IsOne;
    }
}
