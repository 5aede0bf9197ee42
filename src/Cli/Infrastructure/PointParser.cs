using System;
using System.Collections.Immutable;
using System.Globalization;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Reads one evaluation point: comma-separated numbers in input order (<c>0.5</c>, <c>1,-2</c>).
/// Numbers are invariant-culture doubles; <c>nan</c>, <c>inf</c>, <c>-inf</c> (any case) and
/// <c>Infinity</c> are accepted so that every engine's NaN and ∞ behaviour can be asked for.
/// </summary>
internal static class PointParser
{
    /// <summary>
    /// Parses <paramref name="text"/> into <paramref name="point"/> (length = number of inputs); null on
    /// success, else the reason. A function of no inputs (a constant) takes any point, empty or of
    /// numbers, and ignores it, so that every point still gets its line.
    /// </summary>
    public static string? TryParse(ReadOnlySpan<char> text, ImmutableArray<string> inputs, Span<double> point)
    {
        if (inputs.IsEmpty)
        {
            return AnyNumbers(text);
        }

        var count = 0;
        foreach (var range in text.Split(','))
        {
            var field = text[range].Trim();
            if (count >= inputs.Length)
            {
                return Expected(inputs, text);
            }

            if (!TryParseNumber(field, out point[count]))
            {
                return $"`{field.ToString()}` is not a number";
            }

            count++;
        }

        return count == inputs.Length ? null : Expected(inputs, text);
    }

    /// <summary>Null when <paramref name="text"/> is empty or comma-separated numbers, else why not.</summary>
    private static string? AnyNumbers(ReadOnlySpan<char> text)
    {
        if (text.Trim().IsEmpty)
        {
            return null;
        }

        foreach (var range in text.Split(','))
        {
            var field = text[range].Trim();
            if (!TryParseNumber(field, out _))
            {
                return $"`{field.ToString()}` is not a number";
            }
        }

        return null;
    }

    private static string Expected(ImmutableArray<string> inputs, ReadOnlySpan<char> text) => inputs.Length switch
    {
        1 => $"expected one number for {inputs[0]}, got `{text.ToString()}`",
        _ => $"expected {inputs.Length} comma-separated numbers for ({string.Join(", ", inputs)}), got `{text.ToString()}`",
    };

    private static bool TryParseNumber(ReadOnlySpan<char> field, out double value)
    {
        if (field.Equals("inf", StringComparison.OrdinalIgnoreCase) || field.Equals("+inf", StringComparison.OrdinalIgnoreCase))
        {
            value = double.PositiveInfinity;
            return true;
        }

        if (field.Equals("-inf", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NegativeInfinity;
            return true;
        }

        return double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
