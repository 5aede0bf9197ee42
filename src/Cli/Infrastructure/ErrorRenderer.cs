using System;
using System.IO;
using System.Text;
using ReluCompiler.Parser;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Writes <c>error: line 1, column 5: …</c>, then the offending line and a caret under the column.
/// Long lines are cut to a window around the column so a 16 MiB one-liner stays readable.
/// </summary>
internal static class ErrorRenderer
{
    private const int Window = 60;

    public static void Write(TextWriter error, ReluParseException exception, string source, string? origin = null)
    {
        var prefix = origin is null ? "error: " : $"error: {origin}: ";
        error.WriteLine(prefix + Visible(exception.Message));
        var (line, caret) = Excerpt(source, exception.Offset);
        if (line.Length > 0 || caret > 0)
        {
            error.WriteLine("  " + line);
            error.WriteLine("  " + new string(' ', caret) + "^");
        }
    }

    /// <summary><c>error: message</c> on one line, with anything the user typed made <see cref="Visible"/>.</summary>
    public static void Write(TextWriter error, string message) => error.WriteLine("error: " + Visible(message));

    /// <summary>
    /// <paramref name="message"/> with every character that a terminal would act on or hide instead of
    /// showing (control characters such as ESC and BEL, line breaks, bidi overrides and other format
    /// characters, lone surrogates) written as <c>&lt;U+001B&gt;</c>: messages quote what the user typed,
    /// and quoting must never recolour the terminal, ring its bell or reorder the line.
    /// </summary>
    public static string Visible(string message)
    {
        var i = 0;
        while (i < message.Length && !Hidden(message, i))
        {
            i++;
        }

        if (i == message.Length)
        {
            return message;
        }

        var text = new StringBuilder(message, 0, i, message.Length + 16);
        for (; i < message.Length; i++)
        {
            if (Hidden(message, i))
            {
                text.Append("<U+").Append(((int)message[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                text.Append(message[i]);
            }
        }

        return text.ToString();
    }

    private static bool Hidden(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>The printable excerpt of the line holding <paramref name="offset"/>, and the caret's column in it.</summary>
    internal static (string Line, int Caret) Excerpt(string source, int offset)
    {
        offset = Math.Clamp(offset, 0, source.Length);
        var start = offset == 0 ? 0 : source.LastIndexOf('\n', offset - 1) + 1;
        var end = source.IndexOf('\n', offset);
        if (end < 0)
        {
            end = source.Length;
        }

        var from = Math.Max(start, offset - Window);
        var to = Math.Min(end, offset + Window);
        var text = new StringBuilder();
        if (from > start)
        {
            text.Append('\u2026'); // … marks a cut
        }

        var caret = text.Length;
        for (var i = from; i < to; i++)
        {
            var c = source[i];
            if (i < offset)
            {
                caret++;
            }

            // Control, bidi and other invisible characters would misplace the caret or reorder the
            // line on screen: show each as one visible mark instead.
            text.Append(c == '\t' ? ' ' : char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || char.IsSurrogate(c) ? '\u00B7' : c); // · stand-in
        }

        if (to < end)
        {
            text.Append('\u2026'); // …
        }

        return (text.ToString().TrimEnd('\r'), caret);
    }
}
