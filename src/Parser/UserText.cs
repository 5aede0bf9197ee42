using System.Globalization;

namespace ReluCompiler.Parser;

/// <summary>How error messages quote what the user wrote: in backticks, clipped, code points as U+XXXX.</summary>
internal static class UserText
{
    /// <summary>Longest stretch of user text quoted in a message; a 16 MiB literal should not become a 16 MiB message.</summary>
    private const int MaxQuoted = 24;

    /// <summary><c>`text`</c>, shortened with an ellipsis past <see cref="MaxQuoted"/> characters.</summary>
    public static string Quote(string text) =>
        "`" + (text.Length <= MaxQuoted ? text : text[..(MaxQuoted - 1)] + "\u2026") + "`"; // … (ellipsis)

    /// <summary>The Unicode name form of a code point: <c>U+0000</c>, <c>U+1F600</c>.</summary>
    public static string CodePoint(int value) => "U+" + value.ToString("X4", CultureInfo.InvariantCulture);
}
