using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace ReluCompiler.Parser.Grammar;

/// <summary>
/// The grammar (README, "The language"), bottom-up:
/// <code>
/// primary  = number | name [arguments] | function arguments | fraction | group | "|" sum "|"
/// group    = "(" sum ")" | "[" sum "]" | "{" sum "}"
/// fraction = "\frac" "{" sum "}" "{" sum "}"
/// unary    = {"+" | "-"} primary
/// product  = unary {("*" | "/") unary | name [arguments] | function arguments | fraction | group | "|" sum "|"}
/// sum      = product {("+" | "-") product}
/// </code>
/// Which bars open and which close is decided before the grammar runs (<see cref="Input.BarPairing"/>).
/// Sums and products are read as a first operand and a list of (operator, operand) pairs, never as a
/// left-deep chain, and prefix signs are read in a loop: only parentheses, calls and bars recurse, and the
/// token checks have bounded those before this grammar runs. Everything on the path of that recursion is
/// a hand-written method (ReluGrammar.Loops.cs, ReluGrammar.Nesting.cs), so that a level of nesting costs
/// a few small frames; the rest are combinators.
/// </summary>
internal static partial class ReluGrammar
{
    private static readonly TokenListParser<ReluToken, Token<ReluToken>> LParen = TokenOf(ReluToken.LParen);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> RParen = TokenOf(ReluToken.RParen);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> RBracket = TokenOf(ReluToken.RBracket);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> LBrace = TokenOf(ReluToken.LBrace);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> RBrace = TokenOf(ReluToken.RBrace);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> OpenBar = TokenOf(ReluToken.OpenBar);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> CloseBar = TokenOf(ReluToken.CloseBar);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> FunctionName = TokenOf(ReluToken.Function);

    /// <summary>
    /// A number right after a complete factor (<c>2 3</c>, <c>x 2</c>) is never implicit multiplication.
    /// Failing here with a position (a "partial" failure) stops the product's loop with this message
    /// instead of the vaguer "expected an operator or end of input" further out.
    /// </summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> NumberWithoutOperator = input =>
    {
        var number = input.ConsumeToken().Value;
        return TokenListParserResult.Empty<ReluToken, SyntaxNode>(
            input,
            number.Position,
            $"unexpected number {UserText.Quote(number.ToStringValue())}, expected an operator before it");
    };

    /// <summary>
    /// The end of the input. <c>.AtEnd()</c> reports a leftover token with no expectation at all
    /// ("unexpected `)`"); after a complete sum the only ways on are an operator or the end, so say so.
    /// </summary>
    private static readonly TokenListParser<ReluToken, Unit> EndOfInput = input =>
        input.IsAtEnd
            ? TokenListParserResult.Value(Unit.Value, input, input)
            : TokenListParserResult.Empty<ReluToken, Unit>(input, new[] { "an operator", "end of input" });

    /// <summary>The whole input: one sum and nothing after it.</summary>
    public static readonly TokenListParser<ReluToken, SyntaxNode> Expression =
        Parse.Sequence<ReluToken, SyntaxNode, Unit>(Sum, EndOfInput).Select(whole => whole.Item1);

    /// <summary>
    /// <c>Token.EqualTo(kind)</c> without its cost on success: Superpower compares the kinds through
    /// <c>object.Equals</c>, boxing one per test (24 B, about a token's worth of allocation per operand).
    /// A failure is still Superpower's own, with the expectation it builds from <see cref="ReluToken"/>'s attributes.
    /// </summary>
    private static TokenListParser<ReluToken, Token<ReluToken>> TokenOf(ReluToken kind)
    {
        var failure = Token.EqualTo(kind);
        return input =>
        {
            var next = input.ConsumeToken();
            return next.HasValue && next.Value.Kind == kind ? next : failure(input);
        };
    }

    /// <summary>The parser of the bracket that closes <paramref name="opener"/>.</summary>
    private static TokenListParser<ReluToken, Token<ReluToken>> CloserOf(ReluToken opener) => opener switch
    {
        ReluToken.LBracket => RBracket,
        ReluToken.LBrace => RBrace,
        _ => RParen,
    };

    private static SourcePosition At(Token<ReluToken> token) => SourcePosition.From(token.Position);

    private static ReluParseException StackExhausted(TokenList<ReluToken> input)
    {
        var next = input.ConsumeToken();
        var at = next.HasValue ? At(next.Value) : SourcePosition.Start;
        return at.Error("the expression is nested too deeply for the stack of the thread parsing it");
    }
}
