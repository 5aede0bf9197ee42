using System.Globalization;
using Superpower.Model;

namespace ReluCompiler.Parser.Tokens;

/// <summary>
/// Text to tokens, in one left-to-right scan that decides each token from its first character.
/// Permissive: every code point becomes some token (unknown ones become <see cref="ReluToken.Unrecognized"/>,
/// unknown LaTeX commands <see cref="ReluToken.UnknownCommand"/>), so the token checks and the grammar,
/// which know the context, write the error messages.
/// </summary>
/// <remarks>
/// Written by hand rather than with Superpower's <c>TokenizerBuilder</c>, which tries every recognizer in
/// turn, and producing the token array directly rather than through <c>Tokenizer&lt;T&gt;</c>'s iterator,
/// which re-walks each token's characters for its position: on a 3-million-character sum those took
/// seconds where this loop takes about a tenth of one.
/// </remarks>
internal static class ReluTokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, with Superpower positions (1-based line and column; only LF starts a line).</summary>
    public static Token<ReluToken>[] Tokenize(string text)
    {
        // Two passes, counting first: Superpower's TokenList needs an array of exactly the tokens, and
        // growing a list to it then copying allocated three times the final 32 bytes a token.
        var tokens = new Token<ReluToken>[Count(text)];
        var count = 0;
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length;)
        {
            var (kind, length) = Recognize(text, i);
            if (kind != ReluToken.None)
            {
                tokens[count++] = new Token<ReluToken>(kind, new TextSpan(text, new Position(i, line, column), length));
            }

            for (var end = i + length; i < end; i++)
            {
                (line, column) = text[i] == '\n' ? (line + 1, 1) : (line, column + 1);
            }
        }

        return tokens;
    }

    private static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            var (kind, length) = Recognize(text, i);
            count += kind == ReluToken.None ? 0 : 1;
            i += length;
        }

        return count;
    }

    /// <summary>
    /// The token at <paramref name="i"/> and its length; <see cref="ReluToken.None"/> for text that is
    /// skipped (whitespace, LaTeX wrappers and spacing). One case per kind, in priority order.
    /// </summary>
    private static (ReluToken Kind, int Length) Recognize(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            _ when IsSpace(c) => (ReluToken.None, 1),
            '$' => (ReluToken.None, 1), // LaTeX math wrapper $ … $ (and $$ … $$)
            '\\' => LatexCommands.Recognize(text, i),
            (>= '0' and <= '9') or '.' when NumberText.MatchLength(text, i, text.Length - i) is > 0 and var n => (ReluToken.Number, n),
            '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') => (ReluToken.Identifier, IdentifierLength(text, i)),
            '\u03C3' => (ReluToken.Function, 1), // σ (Greek small letter sigma)
            _ when Signs.IsPlus(c) => (ReluToken.Plus, 1),
            _ when Signs.IsMinus(c) => (ReluToken.Minus, 1),
            '*' or '\u00D7' or '\u00B7' or '\u22C5' => (ReluToken.Times, 1), // × (multiplication sign), · (middle dot), ⋅ (dot operator)
            '/' or '\u00F7' => (ReluToken.Divide, 1), // ÷ (division sign)
            '(' => (ReluToken.LParen, 1),
            ')' => (ReluToken.RParen, 1),
            '[' => (ReluToken.LBracket, 1),
            ']' => (ReluToken.RBracket, 1),
            '{' => (ReluToken.LBrace, 1),
            '}' => LatexCommands.ClosesNameWrapper(text, i) ? (ReluToken.None, 1) : (ReluToken.RBrace, 1),
            ',' => (ReluToken.Comma, 1),
            '|' => (ReluToken.Bar, 1),
            '=' => (ReluToken.Equals, 1),
            _ when char.IsHighSurrogate(c) && i + 1 < text.Length => (ReluToken.Unrecognized, 2),
            _ => (ReluToken.Unrecognized, 1),
        };
    }

    /// <summary>ASCII identifiers only, <c>[A-Za-z_][A-Za-z0-9_]*</c>: σ and other letters never join one.</summary>
    private static int IdentifierLength(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length && (text[end] == '_' || char.IsAsciiLetterOrDigit(text[end])))
        {
            end++;
        }

        return end - i;
    }

    /// <summary>
    /// Whitespace: space, tab, CR, LF, the no-break space and other Unicode space separators, and the
    /// byte order mark (only ever at the start; input checks reject it elsewhere).
    /// </summary>
    internal static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\r' or '\n' or '\uFEFF' // byte order mark
        || (c > '\u007F' && char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);
}
