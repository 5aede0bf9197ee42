using System;
using Fractions;
using ReluCompiler.Parser.Tokens;

namespace ReluCompiler.Parser;

/// <summary>
/// One exact number on its own, read by the language's number rules: an optional sign (<c>+</c>, <c>-</c>,
/// <c>−</c>), a literal (<c>3</c>, <c>0.5</c>, <c>.5</c>, <c>1e-3</c>), and optionally <c>/</c> and a second
/// literal (<c>2/3</c>). Used for data points and interval ends, where a whole expression is not wanted.
/// </summary>
public static class ExactNumbers
{
    /// <summary>
    /// Reads <paramref name="text"/> (surrounding spaces allowed). On failure, <paramref name="reason"/> says
    /// why and <paramref name="offset"/> is the 0-based index of the offending character.
    /// </summary>
    public static bool TryParse(string text, out Fraction value, out string? reason, out int offset)
    {
        value = Fraction.Zero;
        var i = Skip(text, 0);
        var negative = false;
        if (i < text.Length && text[i] is '+' or '-' or '\u2212') // − (minus sign)
        {
            negative = text[i] != '+';
            i++;
        }

        if (!Literal(text, ref i, out var numerator, out reason))
        {
            offset = i;
            return false;
        }

        var denominator = Fraction.One;
        i = Skip(text, i);
        if (i < text.Length && text[i] == '/')
        {
            i = Skip(text, i + 1);
            var start = i;
            if (!Literal(text, ref i, out denominator, out reason))
            {
                offset = i;
                return false;
            }

            if (denominator.IsZero)
            {
                (reason, offset) = ("division by zero", start);
                return false;
            }

            i = Skip(text, i);
        }

        if (i < text.Length)
        {
            (reason, offset) = ($"unexpected {UserText.Quote(text.Substring(i))} after the number", i);
            return false;
        }

        value = ((negative ? -numerator : numerator) / denominator).Reduce();
        offset = 0;
        return true;
    }

    private static bool Literal(string text, ref int i, out Fraction value, out string? reason)
    {
        value = Fraction.Zero;
        var length = i < text.Length ? NumberText.MatchLength(text, i, text.Length - i) : 0;
        if (length == 0)
        {
            reason = i < text.Length ? $"expected a number, found {UserText.Quote(text.Substring(i, 1))}" : "expected a number";
            return false;
        }

        var literal = text.Substring(i, length);
        reason = NumberText.CheckLimits(literal.AsSpan());
        if (reason is not null)
        {
            return false;
        }

        value = NumberText.Decode(literal.AsSpan());
        i += length;
        return true;
    }

    private static int Skip(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
