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
/// primary = number | name [arguments] | function arguments | "(" sum ")" | "|" sum "|"
/// unary   = {"+" | "-"} primary
/// product = unary {("*" | "/") unary | name [arguments] | function arguments | "(" sum ")"}
/// sum     = product {("+" | "-") product}
/// </code>
/// Sums and products are read as a first operand and a list of (operator, operand) pairs, never as a
/// left-deep chain, and prefix signs are read in a loop: only parentheses, calls and bars recurse, and the
/// token checks have bounded those before this grammar runs. The loops that run once per operand are
/// hand-written delegates (ReluGrammar.Loops.cs); the rest are combinators.
/// </summary>
internal static partial class ReluGrammar
{
    private static readonly TokenListParser<ReluToken, Token<ReluToken>> LParen = TokenOf(ReluToken.LParen);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> RParen = TokenOf(ReluToken.RParen);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> Bar = TokenOf(ReluToken.Bar);

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> FunctionName = TokenOf(ReluToken.Function);

    /// <summary>
    /// The grammar's only recursion is a sum inside parentheses, a call or bars; <see cref="Enclosed"/> and
    /// the call's arguments call <c>Sum</c> directly (after a stack check), and the root goes through this
    /// reference to close the cycle. The token checks bound the depth; the stack check is for callers on
    /// threads with unusually small stacks, which get an error instead of a crashed process.
    /// </summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> SumReference = Parse.Ref(() => Sum!);

    private static readonly TokenListParser<ReluToken, SyntaxNode> Group = input =>
        Enclosed(input, LParen, RParen, static (_, inner) => inner);

    private static readonly TokenListParser<ReluToken, SyntaxNode> Bars = input =>
        Enclosed(input, Bar, Bar, static (open, inner) => new AbsoluteValueNode(At(open), inner));

    /// <summary>
    /// <c>Parse.Sequence(open, sum, close).Select(build)</c> written out, with the same results and
    /// errors: each level of nesting then costs the stack three frames fewer, which is what lets
    /// the 256 levels <see cref="Input.TokenChecks"/> allows parse on an ordinary 1 MiB thread (measured:
    /// about 210 levels fitted with the combinators).
    /// </summary>
    private static TokenListParserResult<ReluToken, SyntaxNode> Enclosed(
        TokenList<ReluToken> input,
        TokenListParser<ReluToken, Token<ReluToken>> open,
        TokenListParser<ReluToken, Token<ReluToken>> close,
        Func<Token<ReluToken>, SyntaxNode, SyntaxNode> build)
    {
        var first = open(input);
        if (!first.HasValue)
        {
            return TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, SyntaxNode>(first);
        }

        var inner = RuntimeHelpers.TryEnsureSufficientExecutionStack() ? Sum!(first.Remainder) : throw StackExhausted(first.Remainder);
        if (!inner.HasValue)
        {
            return inner;
        }

        var last = close(inner.Remainder);
        return last.HasValue
            ? TokenListParserResult.Value(build(first.Value, inner.Value), input, last.Remainder)
            : TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, SyntaxNode>(last);
    }

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

    /// <summary>Implicit multiplication: the right factor is a variable, a call or a parenthesised group.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> ImplicitFactor =
        OnNextToken(kind => kind switch
        {
            ReluToken.Identifier => NameOrCall,
            ReluToken.Function => FunctionCall,
            ReluToken.LParen => Group,
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

    private static SourcePosition At(Token<ReluToken> token) => SourcePosition.From(token.Position);

    private static ReluParseException StackExhausted(TokenList<ReluToken> input)
    {
        var next = input.ConsumeToken();
        var at = next.HasValue ? At(next.Value) : SourcePosition.Start;
        return at.Error("the expression is nested too deeply for the stack of the thread parsing it");
    }
}
