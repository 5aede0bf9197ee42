using System.Globalization;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;
using Superpower.Tokenizers;

namespace ReluCompiler.Parser.Tokens;

/// <summary>
/// Text to tokens. Permissive: every code point becomes some token (unknown ones become
/// <see cref="ReluToken.Unrecognized"/>), so the parser and the token checks, which know the context,
/// write the error messages. Recognizers are tried in the order listed.
/// </summary>
internal static class ReluTokenizer
{
    /// <summary>ASCII identifiers only: σ and other letters never join one.</summary>
    private static TextParser<TextSpan> Identifier { get; } = Span.MatchedBy(
        Character.Matching(c => c == '_' || char.IsAsciiLetter(c), "a letter")
            .IgnoreThen(Character.Matching(c => c == '_' || char.IsAsciiLetterOrDigit(c), "a letter or digit").Many()));

    /// <summary>
    /// LaTeX that only frames or spaces the formula: the math wrappers <c>\( \) \[ \] $</c> and the
    /// spacing commands <c>\, \; \: \! \␣ \quad \qquad</c>.
    /// </summary>
    private static TextParser<TextSpan> LatexDecoration { get; } =
        Span.EqualTo("$")
            .Or(Span.MatchedBy(Character.EqualTo('\\').IgnoreThen(Character.In('(', ')', '[', ']', ',', ';', ':', '!', ' '))))
            .Or(LatexCommand.Named("quad", "qquad"));

    /// <summary>One code point, a surrogate pair kept whole (input checks have already rejected lone halves).</summary>
    private static TextParser<TextSpan> CodePoint { get; } = input =>
    {
        var first = input.ConsumeChar();
        if (!first.HasValue)
        {
            return Result.Empty<TextSpan>(input);
        }

        var length = char.IsHighSurrogate(first.Value) && input.Length > 1 ? 2 : 1;
        return Result.Value(input.First(length), input, input.Skip(length));
    };

    /// <summary>The one tokenizer (declared after the recognizers it uses: static initializers run in order).</summary>
    public static Tokenizer<ReluToken> Instance { get; } = new TokenizerBuilder<ReluToken>()
        .Ignore(Span.WithAll(IsSpace))
        .Ignore(LatexDecoration)
        .Match(NumberText.Recognizer, ReluToken.Number)
        .Match(Identifier, ReluToken.Identifier)
        .Match(Character.EqualTo('\u03C3'), ReluToken.Function) // σ (Greek small letter sigma)
        .Match(LatexCommand.Named("sigma", "max", "min"), ReluToken.Function)
        .Match(Character.EqualTo('+'), ReluToken.Plus)
        .Match(Character.In('-', '\u2212'), ReluToken.Minus) // − (minus sign)
        .Match(Character.In('*', '\u00D7', '\u00B7', '\u22C5'), ReluToken.Times) // × (multiplication sign), · (middle dot), ⋅ (dot operator)
        .Match(LatexCommand.Named("times", "cdot"), ReluToken.Times)
        .Match(Character.In('/', '\u00F7'), ReluToken.Divide) // ÷ (division sign)
        .Match(Sized("left", '(').Or(Span.EqualTo("(")), ReluToken.LParen)
        .Match(Sized("right", ')').Or(Span.EqualTo(")")), ReluToken.RParen)
        .Match(Character.EqualTo(','), ReluToken.Comma)
        .Match(Sized("left", '|').Or(Sized("right", '|')).Or(Span.EqualTo("|")), ReluToken.Bar)
        .Match(LatexCommand.Named("lvert", "rvert", "vert"), ReluToken.Bar)
        .Match(LatexCommand.Any, ReluToken.UnknownCommand)
        .Match(CodePoint, ReluToken.Unrecognized)
        .Build();

    /// <summary>
    /// Whitespace: space, tab, CR, LF, the no-break space and other Unicode space separators, and the
    /// byte order mark (only ever at the start; input checks reject it elsewhere).
    /// </summary>
    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\r' or '\n' or '\uFEFF' // byte order mark
        || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    /// <summary><c>\left(</c> and friends: a sizing command, optional spaces, then the delimiter.</summary>
    private static TextParser<TextSpan> Sized(string command, char delimiter) =>
        Span.MatchedBy(LatexCommand.Named(command)
            .IgnoreThen(Span.WithAll(IsSpace).Optional())
            .IgnoreThen(Character.EqualTo(delimiter)));
}
