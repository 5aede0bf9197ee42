using System;
using System.Collections.Immutable;
using System.Linq;
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
/// token checks have bounded those before this grammar runs.
/// </summary>
internal static class ReluGrammar
{
    private static readonly TokenListParser<ReluToken, Token<ReluToken>> AnyToken = input => input.ConsumeToken();

    private static readonly TokenListParser<ReluToken, SyntaxNode> Number =
        Token.EqualTo(ReluToken.Number).Select(token => (SyntaxNode)new NumberNode(At(token), Decode(token), token.ToStringValue()));

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

    private static readonly TokenListParser<ReluToken, SyntaxNode[]> Arguments =
        Parse.Sequence(
                Token.EqualTo(ReluToken.LParen),
                NestedSum.AtLeastOnceDelimitedBy(Token.EqualTo(ReluToken.Comma)),
                Token.EqualTo(ReluToken.RParen))
            .Select(call => call.Item2);

    /// <summary>An identifier is a call when <c>(</c> follows it, a variable otherwise.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> NameOrCall =
        Parse.Sequence(Token.EqualTo(ReluToken.Identifier), Arguments.AsNullable().OptionalOrDefault())
            .Select(name => name.Item2 is null
                ? (SyntaxNode)new VariableNode(At(name.Item1), name.Item1.ToStringValue())
                : new CallNode(At(name.Item1), name.Item1.ToStringValue(), name.Item2.ToImmutableArray()));

    /// <summary><c>σ</c>, <c>\sigma</c>, <c>\max</c>, <c>\min</c> are only ever functions: parentheses must follow.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> FunctionCall =
        Parse.Sequence(Token.EqualTo(ReluToken.Function), Arguments)
            .Select(call => (SyntaxNode)new CallNode(At(call.Item1), call.Item1.ToStringValue(), call.Item2.ToImmutableArray()));

    private static readonly TokenListParser<ReluToken, SyntaxNode> Group =
        Parse.Sequence(Token.EqualTo(ReluToken.LParen), NestedSum, Token.EqualTo(ReluToken.RParen))
            .Select(group => group.Item2);

    private static readonly TokenListParser<ReluToken, SyntaxNode> Bars =
        Parse.Sequence(Token.EqualTo(ReluToken.Bar), NestedSum, Token.EqualTo(ReluToken.Bar))
            .Select(bars => (SyntaxNode)new AbsoluteValueNode(At(bars.Item1), bars.Item2));

    private static readonly TokenListParser<ReluToken, SyntaxNode> Primary =
        OnNextToken(kind => kind switch
        {
            ReluToken.Number => Number,
            ReluToken.Identifier => NameOrCall,
            ReluToken.Function => FunctionCall,
            ReluToken.LParen => Group,
            ReluToken.Bar => Bars,
            _ => null,
        }).Named("an expression");

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> Sign =
        OnNextToken(kind => kind is ReluToken.Plus or ReluToken.Minus ? AnyToken : null);

    private static readonly TokenListParser<ReluToken, SyntaxNode> Unary =
        Parse.Sequence(Sign.Many(), Primary)
            .Select(unary => ApplySigns(unary.Item1, unary.Item2));

    /// <summary>
    /// A number right after a complete factor (<c>2 3</c>, <c>x 2</c>) is never implicit multiplication.
    /// Failing here with a position (a "partial" failure) stops the product's loop with this message
    /// instead of the vaguer "expected an operator or end of input" further out.
    /// </summary>
    private static readonly TokenListParser<ReluToken, Factor> NumberWithoutOperator = input =>
    {
        var number = input.ConsumeToken().Value;
        return TokenListParserResult.Empty<ReluToken, Factor>(
            input,
            number.Position,
            $"unexpected number {UserText.Quote(number.ToStringValue())}, expected an operator before it");
    };

    /// <summary><c>* e</c> or <c>/ e</c>; chosen by <see cref="NextFactor"/> only when the operator is next.</summary>
    private static readonly TokenListParser<ReluToken, Factor> ExplicitFactor =
        Parse.Sequence(AnyToken, Unary)
            .Select(factor => new Factor(
                At(factor.Item1),
                factor.Item1.Kind == ReluToken.Times ? ProductOperator.Multiply : ProductOperator.Divide,
                factor.Item2));

    /// <summary>Where the next token starts, consuming nothing: a group's node starts inside its parenthesis.</summary>
    private static readonly TokenListParser<ReluToken, SourcePosition> NextPosition = input =>
        TokenListParserResult.Value(At(input.ConsumeToken().Value), input, input);

    /// <summary>Implicit multiplication: the right factor is a variable, a call or a parenthesised group.</summary>
    private static readonly TokenListParser<ReluToken, Factor> ImplicitFactor =
        Parse.Sequence(
                NextPosition,
                OnNextToken(kind => kind switch
                {
                    ReluToken.Identifier => NameOrCall,
                    ReluToken.Function => FunctionCall,
                    ReluToken.LParen => Group,
                    _ => null,
                }))
            .Select(factor => new Factor(factor.Item1, ProductOperator.Juxtapose, factor.Item2));

    /// <summary>What may follow a factor inside a product; anything else ends the product.</summary>
    private static readonly TokenListParser<ReluToken, Factor> NextFactor =
        OnNextToken(kind => kind switch
        {
            ReluToken.Times or ReluToken.Divide => ExplicitFactor,
            ReluToken.Identifier or ReluToken.Function or ReluToken.LParen => ImplicitFactor,
            ReluToken.Number => NumberWithoutOperator,
            _ => null,
        });

    private static readonly TokenListParser<ReluToken, SyntaxNode> Product =
        Parse.Sequence(Unary, NextFactor.Many())
            .Select(product => product.Item2.Length == 0
                ? product.Item1
                : new ProductNode(product.Item1.Position, product.Item1, product.Item2.ToImmutableArray()));

    private static readonly TokenListParser<ReluToken, Summand> SignedTerm =
        Parse.Sequence(Sign, Product)
            .Select(term => new Summand(At(term.Item1), term.Item1.Kind == ReluToken.Minus, term.Item2));

    private static readonly TokenListParser<ReluToken, SyntaxNode> Sum =
        Parse.Sequence(Product, SignedTerm.Many())
            .Select(sum => sum.Item2.Length == 0
                ? sum.Item1
                : new SumNode(sum.Item1.Position, sum.Item1, sum.Item2.ToImmutableArray()));

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
        Parse.Sequence(Sum, EndOfInput).Select(whole => whole.Item1);

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

    private static SourcePosition At(Token<ReluToken> token) => SourcePosition.From(token.Position);

    private static ReluParseException StackExhausted(TokenList<ReluToken> input)
    {
        var next = input.ConsumeToken();
        var at = next.HasValue ? At(next.Value) : SourcePosition.Start;
        return at.Error("the expression is nested too deeply for the stack of the thread parsing it");
    }

    /// <summary>An odd number of minus signs negates; plus signs change nothing.</summary>
    private static SyntaxNode ApplySigns(Token<ReluToken>[] signs, SyntaxNode operand) =>
        signs.Count(s => s.Kind == ReluToken.Minus) % 2 == 1 ? new NegationNode(At(signs[0]), operand) : operand;

    /// <summary>Token checks have already decoded every literal once, so this cannot fail on checked input.</summary>
    private static Fractions.Fraction Decode(Token<ReluToken> token) =>
        NumberText.TryDecode(token.ToStringValue(), out var value, out var error)
            ? value
            : throw At(token).Error(error!);
}
