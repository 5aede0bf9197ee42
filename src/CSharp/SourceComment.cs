using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ReluCompiler.CSharp;

/// <summary>
/// Quotes user text (the source expression) in <c>//</c> comment lines that it cannot escape from: every
/// line terminator C# knows (CR, LF, U+0085, U+2028, U+2029), every other control or format character
/// (bidirectional overrides included, against "Trojan Source" tricks) and unpaired surrogates become
/// <c>\uXXXX</c>; a backslash is doubled so the escapes stay unambiguous, and <c>*/</c> is broken up
/// in case the text is ever copied into a block comment.
/// </summary>
internal static class SourceComment
{
    /// <summary>Characters per comment line before wrapping (escapes are never split).</summary>
    private const int LineWidth = 100;

    /// <summary>The escaped text in lines of at most about <see cref="LineWidth"/> characters.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var piece = Escape(text, ref i);
            if (line.Length + piece.Length > LineWidth && line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(piece);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>The escaped form of the character (or surrogate pair) at <paramref name="i"/>, advancing past a pair.</summary>
    private static string Escape(string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return text.Substring(i - 1, 2);
        }

        if (c == '\\')
        {
            return "\\\\";
        }

        if (c == '*' && i + 1 < text.Length && text[i + 1] == '/')
        {
            i++;
            return "*\\/";
        }

        var category = char.GetUnicodeCategory(c);
        var unsafeChar = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
        return unsafeChar ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();
    }
}
