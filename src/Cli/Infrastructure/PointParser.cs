using System;
using System.Buffers;
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
    /// <summary>Longest stretch of a point quoted in a message: a 16 MiB line should not become a 16 MiB message.</summary>
    private const int MaxQuoted = 40;

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

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

            var problem = ParseField(field, out point[count]);
            if (problem is not null)
            {
                return problem;
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
            var problem = ParseField(text[range].Trim(), out _);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>One number of a point; null on success, else the reason.</summary>
    private static string? ParseField(ReadOnlySpan<char> field, out double value)
    {
        if (!TryParseNumber(field, out value))
        {
            return $"{Quote(field)} is not a number";
        }

        if (double.IsInfinity(value) && field.IndexOfAny(Digits) >= 0)
        {
            // 1e400 or a million-digit integer: a written number, too big for a double, is not ∞.
            return $"{Quote(field)} is outside the range of a double (±1.7976931348623157E+308); write inf or -inf for infinity";
        }

        return null;
    }

    /// <summary><c>`text`</c>, cut with an ellipsis past <see cref="MaxQuoted"/> characters.</summary>
    private static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= MaxQuoted ? $"`{text.ToString()}`" : $"`{text[..(MaxQuoted - 1)].ToString()}\u2026` ({text.Length} characters)"; // … (ellipsis)

    private static string Expected(ImmutableArray<string> inputs, ReadOnlySpan<char> text) => inputs.Length switch
    {
        1 => $"expected one number for {inputs[0]}, got {Quote(text)}",
        _ => $"expected {inputs.Length} comma-separated numbers for ({string.Join(", ", inputs)}), got {Quote(text)}",
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
