using System;

namespace ReluCompiler.Parser.Tokens;

/// <summary>
/// Tokens that start with a backslash: the LaTeX a formula copied from a paper or a lecture note uses.
/// Wrappers and spacing (<c>\( \) \[ \] \, \; \: \! \␣ \quad \qquad</c>) are skipped; so is
/// <c>\operatorname{…}</c>, <c>\mathrm{…}</c> or <c>\text{…}</c> around a name, which leaves just the
/// name. <c>\sigma \max \min</c> are functions, <c>\times \cdot</c> multiply, <c>\frac</c> divides,
/// <c>\{ \}</c> are braces, and sized delimiters (<c>\left( \right)</c>, <c>\bigl[ \Bigr]</c>,
/// <c>\left| \rvert</c>…) are the delimiter itself. Any other word is an unknown command, an error.
/// </summary>
internal static class LatexCommands
{
    /// <summary>Which way a sized bar faces: <c>\left|</c> opens, <c>\right|</c> closes, <c>\big|</c> may do either.</summary>
    private enum Side
    {
        Left,
        Right,
        Either,
    }

    /// <summary>The token that starts with the backslash at <paramref name="i"/>, and its length.</summary>
    public static (ReluToken Kind, int Length) Recognize(string text, int i)
    {
        if (i + 1 < text.Length)
        {
            switch (text[i + 1])
            {
                case '(' or ')' or '[' or ']' or ',' or ';' or ':' or '!' or ' ':
                    return (ReluToken.None, 2);
                case '{':
                    return (ReluToken.LBrace, 2);
                case '}':
                    return (ReluToken.RBrace, 2);
            }
        }

        var end = WordEnd(text, i + 1);
        var length = end - i;
        return text.AsSpan(i + 1, length - 1) switch
        {
            "" => (ReluToken.Unrecognized, 1),
            "quad" or "qquad" => (ReluToken.None, length),
            "sigma" or "max" or "min" => (ReluToken.Function, length),
            "times" or "cdot" => (ReluToken.Times, length),
            "frac" or "dfrac" or "tfrac" => (ReluToken.Frac, length),
            "vert" or "lvert" or "rvert" or "lbrace" or "rbrace" or "lbrack" or "rbrack" => (Named(text.AsSpan(i + 1, length - 1), Side.Either), length),
            "left" or "bigl" or "Bigl" or "biggl" or "Biggl" when Delimiter(text, end, Side.Left) is ({ } kind, var size) => (kind, length + size),
            "right" or "bigr" or "Bigr" or "biggr" or "Biggr" when Delimiter(text, end, Side.Right) is ({ } kind, var size) => (kind, length + size),
            "big" or "Big" or "bigg" or "Bigg" or "bigm" or "Bigm" or "biggm" or "Biggm" when Delimiter(text, end, Side.Either) is ({ } kind, var size) => (kind, length + size),
            "operatorname" or "mathrm" or "text" when NameInBraces(text, end) is > 0 and var skipped => (ReluToken.None, length + skipped),
            _ => (ReluToken.UnknownCommand, length),
        };
    }

    /// <summary>
    /// Whether the <c>}</c> at <paramref name="i"/> closes <c>\operatorname{name}</c> (or <c>\mathrm</c>,
    /// <c>\text</c>): such a brace is skipped like the command, so only the name is left.
    /// </summary>
    public static bool ClosesNameWrapper(string text, int i)
    {
        var j = SkipSpacesBack(text, i - 1);
        var nameEnd = j;
        while (j >= 0 && (text[j] == '_' || char.IsAsciiLetterOrDigit(text[j])))
        {
            j--;
        }

        if (j == nameEnd || char.IsAsciiDigit(text[j + 1]))
        {
            return false;
        }

        j = SkipSpacesBack(text, j);
        if (j < 0 || text[j] != '{')
        {
            return false;
        }

        var wordEnd = SkipSpacesBack(text, j - 1) + 1;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsAsciiLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart > 0 && text[wordStart - 1] == '\\'
            && text.AsSpan(wordStart, wordEnd - wordStart) is "operatorname" or "mathrm" or "text";
    }

    /// <summary>
    /// After <c>\left</c>, <c>\bigl</c> and the like: the delimiter (spaces allowed before it) and how far
    /// it reaches, or no kind when what follows is not a delimiter.
    /// </summary>
    private static (ReluToken? Kind, int Length) Delimiter(string text, int i, Side side)
    {
        var j = i;
        while (j < text.Length && ReluTokenizer.IsSpace(text[j]))
        {
            j++;
        }

        if (j >= text.Length)
        {
            return (null, 0);
        }

        ReluToken? single = text[j] switch
        {
            '(' => ReluToken.LParen,
            ')' => ReluToken.RParen,
            '[' => ReluToken.LBracket,
            ']' => ReluToken.RBracket,
            '|' => side switch { Side.Left => ReluToken.OpenBar, Side.Right => ReluToken.CloseBar, _ => ReluToken.Bar },
            _ => null,
        };
        if (single is not null)
        {
            return (single, j + 1 - i);
        }

        if (text[j] != '\\' || j + 1 >= text.Length)
        {
            return (null, 0);
        }

        if (text[j + 1] is '{' or '}')
        {
            return (text[j + 1] == '{' ? ReluToken.LBrace : ReluToken.RBrace, j + 2 - i);
        }

        var end = WordEnd(text, j + 1);
        return text.AsSpan(j + 1, end - j - 1) is "vert" or "lvert" or "rvert" or "lbrace" or "rbrace" or "lbrack" or "rbrack"
            ? (Named(text.AsSpan(j + 1, end - j - 1), side), end - i)
            : (null, 0);
    }

    /// <summary>The delimiter a command names: <c>\lvert</c> always opens, <c>\vert</c> faces the way its size command says.</summary>
    private static ReluToken Named(ReadOnlySpan<char> word, Side side) => word switch
    {
        "lvert" => ReluToken.OpenBar,
        "rvert" => ReluToken.CloseBar,
        "lbrace" => ReluToken.LBrace,
        "rbrace" => ReluToken.RBrace,
        "lbrack" => ReluToken.LBracket,
        "rbrack" => ReluToken.RBracket,
        _ => side switch { Side.Left => ReluToken.OpenBar, Side.Right => ReluToken.CloseBar, _ => ReluToken.Bar },
    };

    /// <summary>
    /// After <c>\operatorname</c>: the length of <c>{␣name</c> when a <c>{ name }</c> follows (name an
    /// identifier), so the name is the next token; 0 otherwise.
    /// </summary>
    private static int NameInBraces(string text, int i)
    {
        var j = SkipSpaces(text, i);
        if (j >= text.Length || text[j] != '{')
        {
            return 0;
        }

        var nameStart = SkipSpaces(text, j + 1);
        if (nameStart >= text.Length || !(text[nameStart] == '_' || char.IsAsciiLetter(text[nameStart])))
        {
            return 0;
        }

        var nameEnd = nameStart;
        while (nameEnd < text.Length && (text[nameEnd] == '_' || char.IsAsciiLetterOrDigit(text[nameEnd])))
        {
            nameEnd++;
        }

        var close = SkipSpaces(text, nameEnd);
        return close < text.Length && text[close] == '}' ? nameStart - i : 0;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && ReluTokenizer.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpacesBack(string text, int i)
    {
        while (i >= 0 && ReluTokenizer.IsSpace(text[i]))
        {
            i--;
        }

        return i;
    }
}
