using System.Numerics;
using System.Text.Json;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Interchange.Json;

/// <summary>A JSON number read exactly from its text: <c>0.1</c> is 1/10, <c>1e-3</c> is 1/1000.</summary>
internal static class JsonNumbers
{
    /// <summary>Exponents beyond this are refused: 10^100000 already has 100,000 digits.</summary>
    private const int MaxExponent = 100_000;

    public static Fraction Read(JsonElement element, string where) => element.ValueKind switch
    {
        JsonValueKind.Number => Parse(element.GetRawText(), where),
        JsonValueKind.String => ParseExactString(element.GetString()!, where),
        _ => throw new NetworkFormatException($"{where} is {element.GetRawText()}; a number is expected"),
    };

    /// <summary>A JSON number's text (already validated by the JSON reader): sign, digits, fraction, exponent.</summary>
    private static Fraction Parse(string text, string where)
    {
        var exponentAt = text.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = 0L;
        if (exponentAt >= 0 && !long.TryParse(text[(exponentAt + 1)..], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out exponent))
        {
            exponent = long.MaxValue;
        }

        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        exponent -= point < 0 ? 0 : mantissa.Length - point - 1;
        if (exponent is > MaxExponent or < -MaxExponent)
        {
            throw new NetworkFormatException($"{where} is {text}, whose exponent is beyond +/-{MaxExponent}");
        }

        var value = BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return exponent >= 0
            ? new Fraction(value * BigInteger.Pow(10, (int)exponent))
            : ExactMath.Of(value, BigInteger.Pow(10, (int)-exponent));
    }

    /// <summary>An exact number written as a string: <c>"1/3"</c>, <c>"-2"</c> or <c>"0.25"</c>.</summary>
    private static Fraction ParseExactString(string text, string where)
    {
        var slash = text.IndexOf('/');
        try
        {
            if (slash < 0)
            {
                using var number = JsonDocument.Parse(text);
                return number.RootElement.ValueKind == JsonValueKind.Number ? Parse(number.RootElement.GetRawText(), where) : throw Bad();
            }

            var numerator = BigInteger.Parse(text[..slash], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);
            var denominator = BigInteger.Parse(text[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            return denominator.IsZero ? throw Bad() : ExactMath.Of(numerator, denominator);
        }
        catch (System.FormatException)
        {
            throw Bad();
        }
        catch (JsonException)
        {
            throw Bad();
        }

        NetworkFormatException Bad() => new($"{where} is \"{text}\"; a number (or a string such as \"1/3\") is expected");
    }
}
