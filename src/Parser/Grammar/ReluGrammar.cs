using System;
using System.Runtime.CompilerServices;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace ReluCompiler.Parser.Grammar;

/// <summary>
/// The grammar (DESIGN §2), bottom-up:
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
/// token checks have bounded those before this grammar runs. The loops that run once per operand are
/// hand-written delegates (ReluGrammar.Loops.cs); the rest are combinators.
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
    /// A sum inside parentheses, a call or bars: the grammar's only recursion (<see cref="SumReference"/>
    /// closes the cycle). The token checks bound its depth; the stack check is for callers on threads
    /// with unusually small stacks, which get an error instead of a crashed process.
    /// </summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> SumReference = Parse.Ref(() => Sum!);

    private static readonly TokenListParser<ReluToken, SyntaxNode> NestedSum = input =>
        RuntimeHelpers.TryEnsureSufficientExecutionStack()
            ? SumReference(input)
            : throw StackExhausted(input);

    /// <summary>A sum in brackets, closed by the same kind: <c>(x)</c>, <c>[x]</c>, <c>{x}</c> (the first token is an opening bracket).</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> Group = input =>
    {
        var open = input.ConsumeToken();
        var inner = NestedSum(open.Remainder);
        if (!inner.HasValue)
        {
            return inner;
        }

        var close = CloserOf(open.Value.Kind)(inner.Remainder);
        return close.HasValue
            ? TokenListParserResult.Value(inner.Value, input, close.Remainder)
            : TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, SyntaxNode>(close);
    };

    private static readonly TokenListParser<ReluToken, SyntaxNode> Bars =
        Parse.Sequence(OpenBar, NestedSum, CloseBar)
            .Select(bars => (SyntaxNode)new AbsoluteValueNode(At(bars.Item1), bars.Item2));

    /// <summary><c>\frac{a}{b}</c>: the product a / b, its division reported at the <c>\frac</c>.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> Fraction =
        Parse.Sequence(TokenOf(ReluToken.Frac), LBrace, NestedSum, RBrace)
            .Then(numerator => Parse.Sequence(LBrace, NestedSum, RBrace)
                .Select(denominator => (SyntaxNode)new ProductNode(
                    At(numerator.Item1),
                    numerator.Item3,
                    [new Factor(At(numerator.Item1), ProductOperator.Divide, denominator.Item2)])));

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

    /// <summary>Implicit multiplication: the right factor is a variable, a call, a fraction, a bracketed group or bars.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> ImplicitFactor =
        OnNextToken(kind => kind switch
        {
            ReluToken.Identifier => NameOrCall,
            ReluToken.Function => FunctionCall,
            ReluToken.Frac => Fraction,
            ReluToken.LParen or ReluToken.LBracket or ReluToken.LBrace => Group,
            ReluToken.OpenBar => Bars,
            _ => null,
        });

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
        Parse.Sequence(SumReference, EndOfInput).Select(whole => whole.Item1);

    /// <summary>
    /// Picks the one alternative that can start with the next token (the grammar is LL(1)), instead of
    /// trying each in turn: a failed attempt allocates its expectations, and a long sum would make
    /// millions of them. Fails without consuming input when no alternative fits.
    /// </summary>
    private static TokenListParser<ReluToken, T> OnNextToken<T>(Func<ReluToken, TokenListParser<ReluToken, T>?> choose) => input =>
    {
        var next = input.ConsumeToken();
        var parser = next.HasValue ? choose(next.Value.Kind) : null;
        return parser is null ? TokenListParserResult.Empty<ReluToken, T>(input) : parser(input);
    };

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
