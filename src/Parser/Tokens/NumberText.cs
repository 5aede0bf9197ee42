using System;
using System.Globalization;
using System.Numerics;
using Fractions;

namespace ReluCompiler.Parser.Tokens;

/// <summary>
/// Number literals at the character level: <c>3</c>, <c>0.5</c>, <c>.5</c>, <c>2.</c>, <c>1e-3</c>, <c>1E+3</c>.
/// Decoded straight into an exact <see cref="Fraction"/> from the digits, never through a double,
/// so <c>0.1</c> is exactly 1/10.
/// </summary>
internal static class NumberText
{
    /// <summary>
    /// The exact value of a literal the recognizer accepted, or the reason it passes
    /// <see cref="ParserLimits.MaxSignificantDigits"/> or <see cref="ParserLimits.MaxDecimalExponent"/>.
    /// The checks come before any big-integer work, so a limit-breaking literal costs only its length.
    /// </summary>
    public static bool TryDecode(string text, out Fraction value, out string? error)
    {
        value = Fraction.Zero;
        var mantissaEnd = text.AsSpan().IndexOfAny('e', 'E');
        var mantissa = mantissaEnd < 0 ? text.AsSpan() : text.AsSpan(0, mantissaEnd);
        var point = mantissa.IndexOf('.');
        var fractionDigits = point < 0 ? 0 : mantissa.Length - point - 1;
        var digits = point < 0 ? mantissa.ToString() : string.Concat(mantissa[..point], mantissa[(point + 1)..]);
        var significant = digits.TrimStart('0');
        if (significant.Length > ParserLimits.MaxSignificantDigits)
        {
            error = $"the number {UserText.Quote(text)} has {significant.Length} significant digits, more than the limit of {ParserLimits.MaxSignificantDigits}";
            return false;
        }

        long? written = mantissaEnd < 0 ? 0 : ParseExponent(text.AsSpan(mantissaEnd + 1));
        long? exponent = significant.Length == 0 ? written : written - fractionDigits + significant.Length - 1;
        if (exponent is not { } e || Math.Abs(e) > ParserLimits.MaxDecimalExponent)
        {
            var shown = exponent is { } known ? $"the decimal exponent {known}" : "a decimal exponent";
            error = $"the number {UserText.Quote(text)} has {shown}, outside the range -{ParserLimits.MaxDecimalExponent} to {ParserLimits.MaxDecimalExponent}";
            return false;
        }

        error = null;
        if (significant.Length == 0)
        {
            return true;
        }

        var integer = BigInteger.Parse(significant, NumberStyles.None, CultureInfo.InvariantCulture);
        var scale = (int)(written!.Value - fractionDigits);
        value = scale >= 0
            ? new Fraction(integer * BigInteger.Pow(10, scale))
            : new Fraction(integer, BigInteger.Pow(10, -scale)).Reduce();
        return true;
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
            if (j < end && text[j] is '+' or '-' or '\u2212') // − (minus sign)
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

    /// <summary>The written exponent, or null when it has more digits than any allowed value could need.</summary>
    private static long? ParseExponent(ReadOnlySpan<char> text)
    {
        var negative = text[0] is '-' or '\u2212'; // − (minus sign)
        var digits = (text[0] is '+' or '-' or '\u2212' ? text[1..] : text).TrimStart('0');
        if (digits.Length > 9)
        {
            return null;
        }

        var magnitude = digits.IsEmpty ? 0 : long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return negative ? -magnitude : magnitude;
    }

    private static int SkipDigits(string text, int i, int end)
    {
        while (i < end && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i;
    }
}
