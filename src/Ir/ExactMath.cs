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
    /// <summary>2⁵³: every integer up to it in magnitude is a double.</summary>
    private const long ExactIntegerLimit = 1L << 53;

    /// <summary>
    /// The double nearest to <paramref name="value"/> (ties to even), ±∞ past the double range.
    /// <see cref="Fraction.ToDouble"/> answers NaN when numerator and denominator are both huge,
    /// so the conversion is done here, on the integers.
    /// </summary>
    /// <param name="value">Any rational, reduced or not; a zero denominator reads as ±∞ by the numerator's sign, 0/0 as NaN.</param>
    /// <returns>The correctly rounded double, −0 for a negative value too small to represent.</returns>
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

        // Both integers exact as doubles: IEEE division rounds the exact quotient once, to nearest even, which
        // is this method's answer (such a quotient is never subnormal nor past the range). Most weights are
        // small fractions, and this path skips the BigInteger shifts (a fresh compile converts every weight).
        if (numerator <= ExactIntegerLimit && numerator >= -ExactIntegerLimit && denominator <= ExactIntegerLimit)
        {
            return (double)numerator / (double)denominator;
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
    /// The exact text of a rational: an integer (<c>-3</c>, <c>1e100</c>), a terminating decimal (<c>0.125</c>,
    /// <c>1.5e-30</c>) or a reduced fraction (<c>1/3</c>, <c>1/7e40</c>). Every form parses back to the same
    /// value: plain digits while they are at most <see cref="PlainDigits"/> long, otherwise significant digits and
    /// a decimal exponent, which is how the parser's literals are written too (<see cref="Limits"/>).
    /// </summary>
    /// <param name="value">The rational to print.</param>
    /// <returns>The shortest of the forms above that is exact; <see cref="Format(double)"/> is the text for doubles.</returns>
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

        var sign = numerator.Sign < 0 ? "-" : "";
        var magnitude = BigInteger.Abs(numerator);
        if (denominator.IsOne)
        {
            return sign + Integer(magnitude);
        }

        if (TryDecimalDigits(denominator, out var digits))
        {
            var significand = magnitude * BigInteger.Pow(10, digits) / denominator;
            var significant = significand.ToString(CultureInfo.InvariantCulture).TrimEnd('0').Length;
            if (significant <= MaxLiteralDigits && digits <= MaxLiteralExponent)
            {
                return sign + Scientific(significand, -digits);
            }
        }

        return sign + Integer(magnitude) + "/" + Integer(denominator);
    }

    /// <summary>
    /// A non-negative integer as the parser reads it: one literal while its significant digits fit
    /// <see cref="MaxLiteralDigits"/>, else a parenthesised sum of literals of at most that many digits each,
    /// <c>(1.23…e150 + 4.56…e50 + 789…)</c>, exponents past 300 written as products with <c>1e300</c>.
    /// </summary>
    private static string Integer(BigInteger value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.TrimEnd('0').Length <= MaxLiteralDigits && text.Length - 1 <= MaxLiteralExponent)
        {
            return Scientific(value, 0);
        }

        var chunks = new System.Collections.Generic.List<string>();
        for (var end = text.Length; end > 0; end -= MaxLiteralDigits)
        {
            var start = Math.Max(0, end - MaxLiteralDigits);
            var chunk = BigInteger.Parse(text.Substring(start, end - start), CultureInfo.InvariantCulture);
            if (chunk.IsZero)
            {
                continue;
            }

            var exponent = text.Length - end;
            // A chunk's own exponent stays below 300 + 100 digits, inside the parser's ±400.
            var literal = Scientific(chunk, exponent % 300);
            for (var k = exponent / 300; k > 0; k--)
            {
                literal += "*1e300";
            }

            chunks.Insert(0, literal);
        }

        return "(" + string.Join(" + ", chunks) + ")";
    }

    /// <summary>The largest decimal exponent the printer puts in one literal, the parser's limit (ParserLimits.MaxDecimalExponent).</summary>
    public const int MaxLiteralExponent = 400;

    /// <summary>
    /// The exact decimal text of a rational whose denominator has no prime factor but 2 and 5 (<c>0.125</c>,
    /// <c>1e-400</c>), however many digits that takes; false for any other rational. JSON output uses it.
    /// </summary>
    /// <param name="value">The rational to print.</param>
    /// <param name="text">The decimal text when it terminates; empty otherwise.</param>
    /// <returns>Whether the decimal expansion terminates.</returns>
    public static bool TryFormatDecimal(Fraction value, out string text)
    {
        var reduced = value.Reduce();
        var numerator = reduced.Numerator;
        var denominator = reduced.Denominator;
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        if (!TryDecimalDigits(denominator, out var digits))
        {
            text = "";
            return false;
        }

        var sign = numerator.Sign < 0 ? "-" : "";
        text = sign + Scientific(BigInteger.Abs(numerator) * BigInteger.Pow(10, digits) / denominator, -digits);
        return true;
    }

    /// <summary>
    /// The most significant digits the printer puts in one decimal literal, the parser's limit (ParserLimits
    /// keeps the same number): a terminating decimal with more prints as <c>p/q</c>.
    /// </summary>
    public const int MaxLiteralDigits = 100;

    /// <summary>Decimals and integers print in plain digits up to this many characters; past it, with an exponent.</summary>
    public const int PlainDigits = 24;

    /// <summary>
    /// digits × 10^exponent as text: plain when short (<c>120</c>, <c>0.125</c>) or an integer without trailing
    /// zeros that is a literal the parser takes, else <c>1.25e-40</c>, <c>1.2e100</c>.
    /// </summary>
    private static string Scientific(BigInteger digits, int exponent)
    {
        var text = digits.ToString(CultureInfo.InvariantCulture);
        var trimmed = text.TrimEnd('0');
        if (trimmed.Length == 0)
        {
            return "0";
        }

        exponent += text.Length - trimmed.Length;
        if (exponent >= 0 && (trimmed.Length + exponent <= PlainDigits || (exponent == 0 && trimmed.Length <= MaxLiteralDigits)))
        {
            return trimmed + new string('0', exponent);
        }

        if (exponent < 0 && Math.Max(trimmed.Length, -exponent + 1) <= PlainDigits + 1)
        {
            var padded = trimmed.PadLeft(-exponent + 1, '0');
            return padded.Substring(0, padded.Length + exponent) + "." + padded.Substring(padded.Length + exponent);
        }

        // d.ddd × 10^E: the literal's own exponent, E = exponent + (digits − 1).
        var scale = exponent + trimmed.Length - 1;
        var mantissa = trimmed.Length == 1 ? trimmed : trimmed.Substring(0, 1) + "." + trimmed.Substring(1);
        return mantissa + "e" + scale.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a double the way the command line prints numbers: invariant, shortest round-trip.</summary>
    /// <param name="value">Any double; NaN and ±∞ print as <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>.</param>
    /// <returns>The shortest text that reads back to the same double, with an invariant decimal point.</returns>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A fraction from an integer.</summary>
    /// <param name="value">The integer.</param>
    /// <returns><paramref name="value"/>/1.</returns>
    public static Fraction Of(BigInteger value) => new(value);

    /// <summary>A fraction p/q; <paramref name="denominator"/> must not be zero.</summary>
    /// <param name="numerator">p, with the sign of the result (or with a negative q, the opposite).</param>
    /// <param name="denominator">q, not zero.</param>
    /// <returns>p/q reduced to lowest terms.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public static Fraction Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational number cannot have a zero denominator.");
        }

        return new Fraction(numerator, denominator).Reduce();
    }

    /// <summary>The sign of a rational: -1, 0 or 1.</summary>
    /// <param name="value">The rational.</param>
    /// <returns>-1 when negative, 0 when zero, 1 when positive.</returns>
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
