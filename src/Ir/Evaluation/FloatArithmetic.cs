using System;
using System.Numerics;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// Error-free transformations and rounding facts about doubles that the correctly rounded evaluator
/// relies on (Ogita, Rump and Oishi; Higham, "Accuracy and Stability", ch. 2–4). Everything here is exact
/// under the stated ranges: callers keep every operand and result in [2⁻²⁰⁰, 2²⁰⁰] or zero, so nothing
/// overflows or underflows and the rounding error of each operation is itself a double.
/// </summary>
internal static class FloatArithmetic
{
    /// <summary>u = 2⁻⁵³, the unit roundoff of round-to-nearest doubles.</summary>
    public const double UnitRoundoff = 1.0 / 9007199254740992.0;

    /// <summary>The smallest magnitude (besides 0) the fast paths accept: 2⁻²⁰⁰.</summary>
    public const double SafeMinimum = 6.2230152778611417e-61;

    /// <summary>The largest magnitude the fast paths accept: 2²⁰⁰.</summary>
    public const double SafeMaximum = 1.6069380442589903e60;

    /// <summary>Whether <paramref name="value"/> is 0 or a magnitude in [2⁻²⁰⁰, 2²⁰⁰] (false for NaN and ±∞).</summary>
    public static bool IsSafe(double value)
    {
        var magnitude = Math.Abs(value);
        return magnitude == 0 || (magnitude >= SafeMinimum && magnitude <= SafeMaximum);
    }

    /// <summary>s = fl(a + b) and the exact error a + b − s (Knuth's TwoSum: no branch, any order of magnitudes).</summary>
    public static double TwoSum(double a, double b, out double error)
    {
        var sum = a + b;
        var bVirtual = sum - a;
        var aVirtual = sum - bVirtual;
        error = (a - aVirtual) + (b - bVirtual);
        return sum;
    }

    /// <summary>The exact error a·b − p of the rounded product p = fl(a·b).</summary>
    public static double ProductError(double a, double b, double product)
    {
#if NET5_0_OR_GREATER
        return Math.FusedMultiplyAdd(a, b, -product);
#else
        // Dekker's TwoProduct by Veltkamp splitting, for targets without a fused multiply-add.
        Split(a, out var aHigh, out var aLow);
        Split(b, out var bHigh, out var bLow);
        return ((aHigh * bHigh - product) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
#endif
    }

#if !NET5_0_OR_GREATER
    private static void Split(double value, out double high, out double low)
    {
        var scaled = 134217729.0 * value; // 2^27 + 1
        high = scaled - (scaled - value);
        low = value - high;
    }
#endif

    /// <summary>
    /// Half the distance from <paramref name="value"/> (finite) to its nearer neighbouring double: every real
    /// strictly closer than this to <paramref name="value"/> rounds to it. Where that half is 2⁻¹⁰⁷⁵ (at 0 and
    /// among subnormals) it is not a double: 2⁻¹⁰⁷⁴ is returned, and a double bound is below it only when it is 0.
    /// </summary>
    public static double HalfGap(double value)
    {
        var magnitude = Math.Abs(value);
        var bits = BitConverter.DoubleToInt64Bits(magnitude);
        var above = BitConverter.Int64BitsToDouble(bits + 1) - magnitude;
        if (magnitude == 0)
        {
            return double.Epsilon;
        }

        var below = magnitude - BitConverter.Int64BitsToDouble(bits - 1);
        if (double.IsInfinity(above))
        {
            // Past the largest double the next "neighbour" is where rounding turns to ∞: one more ulp.
            above = below;
        }

        var gap = Math.Min(above, below);
        return gap == double.Epsilon ? gap : gap * 0.5;
    }

    /// <summary>The exact rational value of a finite double.</summary>
    public static Fraction ToFraction(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only a finite double has an exact rational value.");
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

        // Trailing zero bits moved into the exponent first: an integer or a short binary fraction then has
        // a numerator and denominator that fit an int, which BigInteger stores without an array, and the
        // GCD of a reduction is not needed (an odd numerator over a power of two is already in lowest terms).
        // The 53-bit mantissa over 2⁵⁰ cost a dozen arrays a call, and the correctly rounded evaluator's
        // piece table converts each breakpoint, anchor and edge several times.
        var power = exponent - 1075;
        while (mantissa != 0 && (mantissa & 1) == 0 && power < 0)
        {
            mantissa >>= 1;
            power++;
        }

        var numerator = new BigInteger(bits < 0 ? -mantissa : mantissa);
        return mantissa == 0 ? Fraction.Zero
            : power >= 0 ? new Fraction(numerator << power, BigInteger.One)
            : new Fraction(numerator, BigInteger.One << -power);
    }

    /// <summary>
    /// The nearest double to <paramref name="exact"/> and an upper bound on the distance between them
    /// (0 when the rational is a double). Callers reject results outside the safe range.
    /// </summary>
    public static double Round(Fraction exact, out double error)
    {
        var rounded = ExactMath.ToDouble(exact);
        if (double.IsInfinity(rounded))
        {
            error = double.PositiveInfinity;
            return rounded;
        }

        var difference = ExactMath.ToDouble(BigAbs(exact - ToFraction(rounded)));

        // The difference itself was rounded to nearest: one part in 2⁵¹ more is above it. The floor keeps a
        // non-zero error from vanishing in products with safe-range values (2⁻²⁵³ · 2⁻⁴⁰⁰ is still normal).
        error = difference == 0 ? 0 : Math.Max(difference * (1 + 4 * UnitRoundoff), SafeMinimum * UnitRoundoff);
        return rounded;
    }

    /// <summary>Every bound here is a sum of at most <paramref name="terms"/> products, each rounded once: this factor covers those roundings.</summary>
    public static double Slack(int terms) => 1 + (2.0 * terms + 8) * UnitRoundoff;

    private static Fraction BigAbs(Fraction value) => value.IsNegative ? -value : value;
}
