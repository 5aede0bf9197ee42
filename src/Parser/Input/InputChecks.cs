using ReluCompiler.Parser.Syntax;

namespace ReluCompiler.Parser.Input;

/// <summary>
/// Checks on the raw text, before tokenizing: its length, and characters that are never part of a formula
/// and would hide what the text says (control characters, lone surrogates, U+FFFD from bad UTF-8,
/// bidirectional overrides, a byte order mark after the start). One linear pass; the first problem wins.
/// </summary>
internal static class InputChecks
{
    /// <summary>Throws <see cref="ReluParseException"/> at the first problem in <paramref name="text"/>.</summary>
    public static void Check(string text)
    {
        if (text.Length > ParserLimits.MaxInputLength)
        {
            throw SourcePosition.At(text, ParserLimits.MaxInputLength).Error(
                $"the input is {text.Length} characters long, more than the limit of {ParserLimits.MaxInputLength}");
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u0080' && c >= ' ' && c != '\u007F')
            {
                continue; // printable ASCII: the common case, decided at once
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (Problem(c, i) is { } reason)
            {
                throw SourcePosition.At(text, i).Error(reason);
            }
        }
    }

    /// <summary>Why the code unit <paramref name="c"/> at <paramref name="offset"/> is not allowed, or null when it is.</summary>
    private static string? Problem(char c, int offset) => c switch
    {
        '\t' or '\r' or '\n' => null,
        < ' ' or (>= '\u007F' and <= '\u009F') => $"the control character {UserText.CodePoint(c)} is not allowed",
        _ when char.IsSurrogate(c) => $"the lone surrogate {UserText.CodePoint(c)} is not allowed (the text is not well-formed UTF-16)",
        '\uFFFD' => $"the replacement character {UserText.CodePoint(c)} is not allowed (the input was probably not valid UTF-8)", // � (replacement character)
        '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') =>
            $"the bidirectional control character {UserText.CodePoint(c)} is not allowed", // ALM, LRM, RLM, LRE…RLO, LRI…PDI
        '\uFEFF' when offset > 0 => $"the byte order mark {UserText.CodePoint(c)} is only allowed at the start",
        _ => null,
    };
}
