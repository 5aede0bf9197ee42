using System.Globalization;

namespace ReluCompiler.Parser;

/// <summary>How error messages quote what the user wrote: in backticks, clipped, code points as U+XXXX.</summary>
internal static class UserText
{
    /// <summary>Longest stretch of user text quoted in a message; a 16 MiB literal should not become a 16 MiB message.</summary>
    private const int MaxQuoted = 24;

    /// <summary><c>`text`</c>, shortened with an ellipsis past <see cref="MaxQuoted"/> characters.</summary>
    public static string Quote(string text) =>
        "`" + Escape(text.Length <= MaxQuoted ? text : text[..(MaxQuoted - 1)]) + (text.Length <= MaxQuoted ? "" : "\u2026") + "`"; // … (ellipsis)

    /// <summary>
    /// <paramref name="text"/> with control characters (ESC, BEL, line breaks), format characters (bidi
    /// overrides, zero-width spaces) and lone surrogates written as <c>&lt;U+001B&gt;</c>, so that quoting
    /// user text in a message can neither act on a terminal nor reorder the line around it.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (lone || category is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append('<').Append(CodePoint(c)).Append('>');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A character the language does not know: <c>`#` (U+0023)</c>, or just <c>U+2028</c> when showing it
    /// would break or hide the message (line and paragraph separators, format characters such as a
    /// zero-width space, unassigned and private-use code points).
    /// </summary>
    public static string Character(string text)
    {
        var codePoint = char.ConvertToUtf32(text, 0);
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        var hidden = category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
        return hidden ? CodePoint(codePoint) : $"`{text}` ({CodePoint(codePoint)})";
    }

    /// <summary>The Unicode name form of a code point: <c>U+0000</c>, <c>U+1F600</c>.</summary>
    public static string CodePoint(int value) => "U+" + value.ToString("X4", CultureInfo.InvariantCulture);
}
