using System.Globalization;
using System.Numerics;
using Fractions;

namespace ReluCompiler.Tests.Parser;

/// <summary>Exact numbers as test files write them: <c>3</c>, <c>-1/2</c>, <c>2.5</c>; independent of the parser under test.</summary>
internal static class ExactText
{
    public static Fraction Parse(string text)
    {
        text = text.Trim();
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        Fraction value;
        if (body.Split('/') is [var p, var q])
        {
            value = new Fraction(BigInteger.Parse(p, CultureInfo.InvariantCulture), BigInteger.Parse(q, CultureInfo.InvariantCulture));
        }
        else if (body.Split('.') is [var whole, var fraction])
        {
            var digits = BigInteger.Parse(whole + fraction, CultureInfo.InvariantCulture);
            value = new Fraction(digits, BigInteger.Pow(10, fraction.Length));
        }
        else
        {
            value = new Fraction(BigInteger.Parse(body, CultureInfo.InvariantCulture));
        }

        return (negative ? -value : value).Reduce();
    }
}
