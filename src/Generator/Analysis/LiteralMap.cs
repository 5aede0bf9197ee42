using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ReluCompiler.Generator.Analysis;

/// <summary>
/// Where each UTF-16 unit of a string constant was written in the source: a regular literal with its escapes
/// (<c>\u03C3</c> is six characters of source for one of value), a verbatim one (<c>""</c>), or a raw one
/// (single-line, or multi-line with its indentation removed). The parser counts offsets in the value; this
/// turns them into source spans, so a squiggle lands under the character the parser means.
/// </summary>
internal sealed class LiteralMap
{
    private readonly List<TextSpan> _units;
    private readonly int _contentEnd;

    private LiteralMap(List<TextSpan> units, int contentEnd)
    {
        _units = units;
        _contentEnd = contentEnd;
    }

    /// <summary>
    /// The map of <paramref name="expression"/>, or null when it is not a string literal (a constant, a
    /// concatenation) or when decoding it does not give back <paramref name="value"/> (then callers use the
    /// whole argument: a wide squiggle is better than a wrong narrow one).
    /// </summary>
    public static LiteralMap? For(ExpressionSyntax expression, string value)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        if (expression is not LiteralExpressionSyntax literal)
        {
            return null;
        }

        var token = literal.Token;
        var text = token.Text;
        var decoded = new StringBuilder();
        var units = new List<TextSpan>();
        int contentEnd;
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken when text.StartsWith("@", StringComparison.Ordinal):
                contentEnd = Verbatim(text, decoded, units);
                break;
            case SyntaxKind.StringLiteralToken:
                contentEnd = Regular(text, decoded, units);
                break;
            case SyntaxKind.SingleLineRawStringLiteralToken:
                contentEnd = SingleLineRaw(text, decoded, units);
                break;
            case SyntaxKind.MultiLineRawStringLiteralToken:
                contentEnd = MultiLineRaw(text, decoded, units);
                break;
            default:
                return null;
        }

        if (decoded.ToString() != value)
        {
            return null;
        }

        var start = token.SpanStart;
        for (var i = 0; i < units.Count; i++)
        {
            units[i] = new TextSpan(units[i].Start + start, units[i].Length);
        }

        return new LiteralMap(units, contentEnd + start);
    }

    /// <summary>
    /// The source span of <paramref name="length"/> units of the value from <paramref name="offset"/>; at the
    /// end of the value, the empty span before the closing quote.
    /// </summary>
    public TextSpan Map(int offset, int length)
    {
        if (offset >= _units.Count)
        {
            return new TextSpan(_contentEnd, 0);
        }

        var last = Math.Min(_units.Count, offset + Math.Max(length, 1)) - 1;
        return TextSpan.FromBounds(_units[offset].Start, _units[last].End);
    }

    /// <summary><c>"…"</c> with escapes; each decoded unit points at its whole escape sequence.</summary>
    private static int Regular(string text, StringBuilder decoded, List<TextSpan> units)
    {
        var end = text.Length - 1;
        var i = 1;
        while (i < end)
        {
            var start = i;
            if (text[i] != '\\')
            {
                Add(decoded, units, text[i], start, 1);
                i++;
                continue;
            }

            var kind = text[i + 1];
            i += 2;
            switch (kind)
            {
                case 'u':
                    Add(decoded, units, (char)Hex(text, i, 4), start, 6);
                    i += 4;
                    break;
                case 'U':
                    // One code point, one or two UTF-16 units, both under the whole ten-character escape.
                    foreach (var unit in char.ConvertFromUtf32(Hex(text, i, 8)))
                    {
                        Add(decoded, units, unit, start, 10);
                    }

                    i += 8;
                    break;
                case 'x':
                    var digits = 0;
                    while (digits < 4 && i + digits < end && Uri.IsHexDigit(text[i + digits]))
                    {
                        digits++;
                    }

                    Add(decoded, units, (char)Hex(text, i, digits), start, 2 + digits);
                    i += digits;
                    break;
                default:
                    Add(decoded, units, Simple(kind), start, 2);
                    break;
            }
        }

        return end;
    }

    /// <summary><c>@"…"</c>: <c>""</c> is one quote.</summary>
    private static int Verbatim(string text, StringBuilder decoded, List<TextSpan> units)
    {
        var end = text.Length - 1;
        for (var i = 2; i < end; i++)
        {
            var width = text[i] == '"' ? 2 : 1;
            Add(decoded, units, text[i], i, width);
            i += width - 1;
        }

        return end;
    }

    /// <summary><c>"""…"""</c> on one line: the content as written.</summary>
    private static int SingleLineRaw(string text, StringBuilder decoded, List<TextSpan> units)
    {
        var quotes = Quotes(text);
        var end = text.Length - quotes;
        for (var i = quotes; i < end; i++)
        {
            Add(decoded, units, text[i], i, 1);
        }

        return end;
    }

    /// <summary>
    /// <c>"""</c>, a line break, content lines, and a last line of whitespace then <c>"""</c>: that whitespace
    /// is removed from the start of every content line; line breaks between content lines stay as written.
    /// </summary>
    private static int MultiLineRaw(string text, StringBuilder decoded, List<TextSpan> units)
    {
        var quotes = Quotes(text);
        var closing = text.Length - quotes;
        var lastBreak = text.LastIndexOf('\n', closing - 1);
        var indentation = closing - lastBreak - 1;
        var contentEnd = lastBreak > 0 && text[lastBreak - 1] == '\r' ? lastBreak - 1 : lastBreak;
        var line = text.IndexOf('\n') + 1;
        while (line < contentEnd)
        {
            var next = text.IndexOf('\n', line);
            var lineEnd = next < 0 || next > contentEnd ? contentEnd : next;
            var textEnd = lineEnd > line && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var whitespaceOnly = string.IsNullOrWhiteSpace(text.Substring(line, textEnd - line));
            for (var i = whitespaceOnly ? textEnd : line + indentation; i < lineEnd; i++)
            {
                Add(decoded, units, text[i], i, 1);
            }

            if (lineEnd < contentEnd)
            {
                Add(decoded, units, '\n', lineEnd, 1);
            }

            line = lineEnd + 1;
        }

        return contentEnd;
    }

    private static void Add(StringBuilder decoded, List<TextSpan> units, char unit, int start, int length)
    {
        decoded.Append(unit);
        units.Add(new TextSpan(start, length));
    }

    private static int Quotes(string text)
    {
        var count = 0;
        while (count < text.Length && text[count] == '"')
        {
            count++;
        }

        return count;
    }

    private static int Hex(string text, int start, int digits) =>
        int.Parse(text.Substring(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>The one-letter escapes of C# (<c>\e</c> is C# 13).</summary>
    private static char Simple(char kind) => kind switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        'e' => '\u001B',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\v',
        _ => kind,
    };
}
