using System;
using System.Numerics;
using Fractions;

namespace ReluCompiler.Parser.Tokens;

/// <summary>
/// Number literals at the character level: <c>3</c>, <c>0.5</c>, <c>.5</c>, <c>2.</c>, <c>1e-3</c>, <c>1E+3</c>.
/// Decoded straight into an exact <see cref="Fraction"/> from the digits, never through a double,
/// so <c>0.1</c> is exactly 1/10.
/// </summary>
/// <remarks>
/// Both steps read the literal in place, as a span of the source: the token checks test every literal
/// against the limits and the grammar decodes it, and neither should copy a 100,000-term sum's numbers
/// into strings. Literals of up to 18 significant digits are decoded in 64-bit arithmetic.
/// </remarks>
internal static class NumberText
{
    /// <summary>10⁰ … 10¹⁸: every power of ten a 64-bit decoding needs.</summary>
    private static readonly ulong[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    /// <summary>
    /// Why a literal the recognizer accepted passes <see cref="ParserLimits.MaxSignificantDigits"/> or
    /// <see cref="ParserLimits.MaxDecimalExponent"/>, or null when it is within both. Costs only the
    /// literal's length, and allocates only for the message.
    /// </summary>
    public static string? CheckLimits(ReadOnlySpan<char> text)
    {
        var literal = new Literal(text);
        if (literal.SignificantDigits > ParserLimits.MaxSignificantDigits)
        {
            return $"the number {UserText.Quote(text.ToString())} has {literal.SignificantDigits} significant digits, more than the limit of {ParserLimits.MaxSignificantDigits}";
        }

        long? exponent = literal.SignificantDigits == 0
            ? literal.WrittenExponent
            : literal.WrittenExponent - literal.FractionDigits + literal.SignificantDigits - 1;
        if (exponent is not { } e || Math.Abs(e) > ParserLimits.MaxDecimalExponent)
        {
            var shown = exponent is { } known ? $"the decimal exponent {known}" : "a decimal exponent";
            return $"the number {UserText.Quote(text.ToString())} has {shown}, outside the range -{ParserLimits.MaxDecimalExponent} to {ParserLimits.MaxDecimalExponent}";
        }

        return null;
    }

    /// <summary>The exact value of a literal that passed <see cref="CheckLimits"/>.</summary>
    public static Fraction Decode(ReadOnlySpan<char> text)
    {
        var literal = new Literal(text);
        if (literal.SignificantDigits == 0)
        {
            return Fraction.Zero;
        }

        var scale = (int)(literal.WrittenExponent!.Value - literal.FractionDigits);
        if (literal.SignificantDigits < PowersOfTen.Length && scale <= 0 && -scale < PowersOfTen.Length)
        {
            var digits = (long)SmallInteger(literal.Mantissa);
            return scale == 0 ? new Fraction(digits) : new Fraction(digits, (BigInteger)PowersOfTen[-scale]);
        }

        var integer = BigInteger.Zero;
        foreach (var c in literal.Mantissa)
        {
            integer = c == '.' ? integer : (integer * 10) + (c - '0');
        }

        return scale >= 0
            ? new Fraction(integer * BigInteger.Pow(10, scale))
            : new Fraction(integer, BigInteger.Pow(10, -scale));
    }

    /// <summary>
    /// Length of the literal starting at <paramref name="start"/>, 0 when there is none: digits with an
    /// optional point and fraction, or a point and digits, then an exponent only when digits follow it
    /// (so <c>2e</c> is 2 followed by the identifier e, and <c>2ex</c> is 2·ex).
    /// </summary>
    internal static int MatchLength(string text, int start, int available)
    {
        var end = start + available;
        var i = SkipDigits(text, start, end);
        var integerDigits = i - start;
        if (i < end && text[i] == '.')
        {
            var afterFraction = SkipDigits(text, i + 1, end);
            if (integerDigits == 0 && afterFraction == i + 1)
            {
                return 0;
            }

            i = afterFraction;
        }
        else if (integerDigits == 0)
        {
            return 0;
        }

        if (i < end && text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < end && (Signs.IsPlus(text[j]) || Signs.IsMinus(text[j])))
            {
                j++;
            }

            var afterExponent = SkipDigits(text, j, end);
            if (afterExponent > j)
            {
                i = afterExponent;
            }
        }

        return i - start;
    }

    /// <summary>The digits of <paramref name="mantissa"/>, point skipped, as an integer (at most 18 significant digits).</summary>
    private static ulong SmallInteger(ReadOnlySpan<char> mantissa)
    {
        var value = 0UL;
        foreach (var c in mantissa)
        {
            value = c == '.' ? value : (value * 10) + (ulong)(c - '0');
        }

        return value;
    }

    private static int SkipDigits(string text, int i, int end)
    {
        while (i < end && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i;
    }

    /// <summary>A literal taken apart: <c>0.0250e-3</c> has mantissa <c>0.0250</c>, 4 fraction digits, 3 significant digits, exponent −3.</summary>
    private readonly ref struct Literal
    {
        public Literal(ReadOnlySpan<char> text)
        {
            var exponentStart = text.IndexOfAny('e', 'E');
            Mantissa = exponentStart < 0 ? text : text[..exponentStart];
            var point = Mantissa.IndexOf('.');
            FractionDigits = point < 0 ? 0 : Mantissa.Length - point - 1;
            var digits = Mantissa.Length - (point < 0 ? 0 : 1);
            var leadingZeros = 0;
            foreach (var c in Mantissa)
            {
                if (c is not ('0' or '.'))
                {
                    break;
                }

                leadingZeros += c == '0' ? 1 : 0;
            }

            SignificantDigits = digits - leadingZeros;
            WrittenExponent = exponentStart < 0 ? 0 : ParseExponent(text[(exponentStart + 1)..]);
        }

        /// <summary>The digits before the exponent, the point included.</summary>
        public ReadOnlySpan<char> Mantissa { get; }

        /// <summary>How many digits follow the point.</summary>
        public int FractionDigits { get; }

        /// <summary>The digits without the leading zeros (trailing zeros count).</summary>
        public int SignificantDigits { get; }

        /// <summary>The exponent as written, 0 without one; null when it has more digits than any allowed value could need.</summary>
        public long? WrittenExponent { get; }

        private static long? ParseExponent(ReadOnlySpan<char> text)
        {
            var negative = Signs.IsMinus(text[0]);
            var digits = (Signs.IsPlus(text[0]) || Signs.IsMinus(text[0]) ? text[1..] : text).TrimStart('0');
            if (digits.Length > 9)
            {
                return null;
            }

            var magnitude = 0L;
            foreach (var c in digits)
            {
                magnitude = (magnitude * 10) + (c - '0');
            }

            return negative ? -magnitude : magnitude;
        }
    }
}
