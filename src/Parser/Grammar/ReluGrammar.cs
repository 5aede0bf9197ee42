using System.Collections.Immutable;
using System.Linq;
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
    private static readonly TokenListParser<ReluToken, SyntaxNode> Number =
        Token.EqualTo(ReluToken.Number).Select(token => (SyntaxNode)new NumberNode(At(token), Decode(token), token.ToStringValue()));

    private static readonly TokenListParser<ReluToken, SyntaxNode[]> Arguments =
        from open in Token.EqualTo(ReluToken.LParen)
        from arguments in Parse.Ref(() => Sum!).AtLeastOnceDelimitedBy(Token.EqualTo(ReluToken.Comma))
        from close in Token.EqualTo(ReluToken.RParen)
        select arguments;

    /// <summary>An identifier is a call when <c>(</c> follows it, a variable otherwise.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> NameOrCall =
        from name in Token.EqualTo(ReluToken.Identifier)
        from arguments in Arguments.AsNullable().OptionalOrDefault()
        select arguments is null
            ? (SyntaxNode)new VariableNode(At(name), name.ToStringValue())
            : new CallNode(At(name), name.ToStringValue(), arguments.ToImmutableArray());

    /// <summary><c>σ</c>, <c>\sigma</c>, <c>\max</c>, <c>\min</c> are only ever functions: parentheses must follow.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> FunctionCall =
        from name in Token.EqualTo(ReluToken.Function)
        from arguments in Arguments
        select (SyntaxNode)new CallNode(At(name), name.ToStringValue(), arguments.ToImmutableArray());

    private static readonly TokenListParser<ReluToken, SyntaxNode> Group =
        from open in Token.EqualTo(ReluToken.LParen)
        from inner in Parse.Ref(() => Sum!)
        from close in Token.EqualTo(ReluToken.RParen)
        select inner;

    private static readonly TokenListParser<ReluToken, SyntaxNode> Bars =
        from open in Token.EqualTo(ReluToken.Bar)
        from inner in Parse.Ref(() => Sum!)
        from close in Token.EqualTo(ReluToken.Bar)
        select (SyntaxNode)new AbsoluteValueNode(At(open), inner);

    private static readonly TokenListParser<ReluToken, SyntaxNode> Primary =
        Parse.OneOf(Number, NameOrCall, FunctionCall, Group, Bars).Named("an expression");

    private static readonly TokenListParser<ReluToken, Token<ReluToken>> Sign =
        Token.EqualTo(ReluToken.Plus).Or(Token.EqualTo(ReluToken.Minus));

    private static readonly TokenListParser<ReluToken, SyntaxNode> Unary =
        from signs in Sign.Many()
        from operand in Primary
        select ApplySigns(signs, operand);

    /// <summary>
    /// A number right after a complete factor (<c>2 3</c>, <c>x 2</c>) is never implicit multiplication.
    /// Failing here with a position (a "partial" failure) stops the product's loop with this message
    /// instead of the vaguer "expected end of input" further out; it must come first among the factor
    /// alternatives, since an alternation keeps only the first alternative's message.
    /// </summary>
    private static readonly TokenListParser<ReluToken, Factor> NumberWithoutOperator = input =>
    {
        var next = input.ConsumeToken();
        return next.HasValue && next.Value.Kind == ReluToken.Number
            ? TokenListParserResult.Empty<ReluToken, Factor>(
                input,
                next.Value.Position,
                $"unexpected number {UserText.Quote(next.Value.ToStringValue())}, expected an operator before it")
            : TokenListParserResult.Empty<ReluToken, Factor>(input);
    };

    private static readonly TokenListParser<ReluToken, Factor> ExplicitFactor =
        from op in Token.EqualTo(ReluToken.Times).Or(Token.EqualTo(ReluToken.Divide))
        from operand in Unary
        select new Factor(At(op), op.Kind == ReluToken.Times ? ProductOperator.Multiply : ProductOperator.Divide, operand);

    /// <summary>Implicit multiplication: the right factor is a variable, a call or a parenthesised group.</summary>
    private static readonly TokenListParser<ReluToken, Factor> ImplicitFactor =
        NameOrCall.Or(FunctionCall).Or(Group).Select(operand => new Factor(operand.Position, ProductOperator.Juxtapose, operand));

    private static readonly TokenListParser<ReluToken, SyntaxNode> Product =
        from first in Unary
        from rest in NumberWithoutOperator.Or(ExplicitFactor).Or(ImplicitFactor).Many()
        select rest.Length == 0 ? first : new ProductNode(first.Position, first, rest.ToImmutableArray());

    private static readonly TokenListParser<ReluToken, Summand> SignedTerm =
        from sign in Sign
        from operand in Product
        select new Summand(At(sign), sign.Kind == ReluToken.Minus, operand);

    private static readonly TokenListParser<ReluToken, SyntaxNode> Sum =
        from first in Product
        from rest in SignedTerm.Many()
        select rest.Length == 0 ? first : new SumNode(first.Position, first, rest.ToImmutableArray());

    /// <summary>The whole input: one sum and nothing after it.</summary>
    public static readonly TokenListParser<ReluToken, SyntaxNode> Expression = Sum.AtEnd();

    private static SourcePosition At(Token<ReluToken> token) => SourcePosition.From(token.Position);

    /// <summary>An odd number of minus signs negates; plus signs change nothing.</summary>
    private static SyntaxNode ApplySigns(Token<ReluToken>[] signs, SyntaxNode operand) =>
        signs.Count(s => s.Kind == ReluToken.Minus) % 2 == 1 ? new NegationNode(At(signs[0]), operand) : operand;

    /// <summary>Token checks have already decoded every literal once, so this cannot fail on checked input.</summary>
    private static Fractions.Fraction Decode(Token<ReluToken> token) =>
        NumberText.TryDecode(token.ToStringValue(), out var value, out var error)
            ? value
            : throw At(token).Error(error!);
}
