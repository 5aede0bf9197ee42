using System.Collections.Immutable;
using ReluCompiler.Parser.Input;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower;
using Superpower.Model;

namespace ReluCompiler.Parser.Grammar;

/// <summary>
/// The parsers that run once per operand, written as plain loops over the tokens.
/// </summary>
/// <remarks>
/// Hand-written because the combinator versions (<c>Sign.Many()</c>, <c>NextFactor.Many()</c>,
/// <c>SignedTerm.Many()</c>, <c>AtLeastOnceDelimitedBy</c>) allocated a list, an array and an immutable
/// copy per loop, and <c>AtLeastOnceDelimitedBy</c> four delegates per call: replacing them took the
/// grammar from about 2,050 to 830 bytes per <c>a*σ(x - b)</c> term (the syntax tree itself is about
/// 420, after <see cref="TokenOf"/> and a smaller <see cref="NumberNode"/>). Each loop keeps its combinator's
/// failure rule, which decides the error messages: an operand that fails after consuming a token
/// fails the whole loop with that operand's error, anything else ends the loop. (A failed loop leaves its
/// pooled buffer to the garbage collector: the pool does not need it back.)
/// </remarks>
internal static partial class ReluGrammar
{
    /// <summary>What a missing operand is reported as: "unexpected `)`, expected an expression".</summary>
    private static readonly string[] AnExpression = ["an expression"];

    /// <summary><c>"(" sum {"," sum} ")"</c>, the arguments of a call (or in <c>[…]</c> or <c>{…}</c>: <c>\max\{0, x\}</c>).</summary>
    private static readonly TokenListParser<ReluToken, ImmutableArray<SyntaxNode>> Arguments = input =>
    {
        var first = input.ConsumeToken();
        var open = first.HasValue && BarPairing.IsOpener(first.Value.Kind) ? first : LParen(input);
        if (!open.HasValue)
        {
            return TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, ImmutableArray<SyntaxNode>>(open);
        }

        var arguments = default(Gathered<SyntaxNode>);
        var remainder = open.Remainder;
        while (true)
        {
            var argument = NestedSum(remainder);
            if (!argument.HasValue)
            {
                return TokenListParserResult.CastEmpty<ReluToken, SyntaxNode, ImmutableArray<SyntaxNode>>(argument);
            }

            arguments.Add(argument.Value);
            remainder = argument.Remainder;
            var separator = remainder.ConsumeToken();
            if (!separator.HasValue || separator.Value.Kind != ReluToken.Comma)
            {
                break; // anything but a comma ends the list; the closing parenthesis must follow
            }

            remainder = separator.Remainder;
        }

        var list = arguments.ToImmutableAndFree();
        var close = CloserOf(open.Value.Kind)(remainder);
        return close.HasValue
            ? TokenListParserResult.Value(list, input, close.Remainder)
            : TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, ImmutableArray<SyntaxNode>>(close);
    };

    /// <summary>An identifier is a call when <c>(</c> follows it, a variable otherwise.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> NameOrCall = input =>
    {
        var name = input.ConsumeToken();
        var next = name.Remainder.ConsumeToken();
        if (!next.HasValue || !BarPairing.IsOpener(next.Value.Kind))
        {
            return TokenListParserResult.Value<ReluToken, SyntaxNode>(new VariableNode(At(name.Value), name.Value.Name()), input, name.Remainder);
        }

        return Call(input, name.Value, Arguments(name.Remainder));
    };

    /// <summary><c>σ</c>, <c>\sigma</c>, <c>\max</c>, <c>\min</c> are only ever functions: parentheses must follow.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> FunctionCall = input =>
    {
        var name = FunctionName(input);
        return name.HasValue
            ? Call(input, name.Value, Arguments(name.Remainder))
            : TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, SyntaxNode>(name);
    };

    /// <summary>
    /// <c>number | name [arguments] | function arguments | fraction | "(" sum ")" | "|" sum "|"</c>, chosen by the
    /// next token. Hand-written, with numbers read inline, because it runs once per operand: the
    /// combinator version (<c>OnNextToken(…).Named("an expression")</c> over <c>Token.EqualTo(Number).Select(…)</c>)
    /// went through five delegates to read a number. Every alternative consumes its first token, so
    /// a failure inside one stands, and only a token that starts none is "expected an expression".
    /// </summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> Primary = input =>
    {
        var next = input.ConsumeToken();
        return !next.HasValue ? TokenListParserResult.Empty<ReluToken, SyntaxNode>(input, AnExpression) : next.Value.Kind switch
        {
            ReluToken.Number => TokenListParserResult.Value<ReluToken, SyntaxNode>(
                new NumberNode(At(next.Value), next.Value.Span.Source!, next.Value.Span.Length), input, next.Remainder),
            ReluToken.Identifier => NameOrCall(input),
            ReluToken.Function => FunctionCall(input),
            ReluToken.LParen or ReluToken.LBracket or ReluToken.LBrace => Group(input),
            ReluToken.OpenBar => Bars(input),
            ReluToken.Frac => Fraction(input),
            _ => TokenListParserResult.Empty<ReluToken, SyntaxNode>(input, AnExpression),
        };
    };

    /// <summary><c>{"+" | "-"} primary</c>: an odd number of minus signs negates, plus signs change nothing.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> Unary = input =>
    {
        var remainder = input;
        var minusSigns = 0;
        Token<ReluToken>? firstSign = null;
        for (var next = remainder.ConsumeToken(); next.HasValue && next.Value.Kind is ReluToken.Plus or ReluToken.Minus; next = remainder.ConsumeToken())
        {
            firstSign ??= next.Value;
            minusSigns += next.Value.Kind == ReluToken.Minus ? 1 : 0;
            remainder = next.Remainder;
        }

        var primary = Primary(remainder);
        if (!primary.HasValue)
        {
            return primary;
        }

        var node = minusSigns % 2 == 1 ? new NegationNode(At(firstSign!.Value), primary.Value) : primary.Value;
        return TokenListParserResult.Value(node, input, primary.Remainder);
    };

    /// <summary><c>unary {("*" | "/") unary | name [arguments] | function arguments | fraction | "(" sum ")" | "|" sum "|"}</c>.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> Product = input =>
    {
        var first = Unary(input);
        if (!first.HasValue)
        {
            return first;
        }

        var factors = default(Gathered<Factor>);
        var remainder = first.Remainder;
        for (var next = remainder.ConsumeToken(); next.HasValue; next = remainder.ConsumeToken())
        {
            if (next.Value.Kind == ReluToken.Number)
            {
                return NumberWithoutOperator(remainder);
            }

            if (OperatorBefore(next.Value.Kind) is not { } op)
            {
                break;
            }

            var operand = op == ProductOperator.Juxtapose ? ImplicitFactor(remainder) : Unary(next.Remainder);
            if (!operand.HasValue)
            {
                return operand;
            }

            factors.Add(new Factor(At(next.Value), op, operand.Value));
            remainder = operand.Remainder;
        }

        var node = factors.IsEmpty ? first.Value : new ProductNode(first.Value.Position, first.Value, factors.ToImmutableAndFree());
        return TokenListParserResult.Value(node, input, remainder);
    };

    /// <summary><c>product {("+" | "-") product}</c>.</summary>
    private static readonly TokenListParser<ReluToken, SyntaxNode> Sum = input =>
    {
        var first = Product(input);
        if (!first.HasValue)
        {
            return first;
        }

        var summands = default(Gathered<Summand>);
        var remainder = first.Remainder;
        for (var next = remainder.ConsumeToken(); next.HasValue && next.Value.Kind is ReluToken.Plus or ReluToken.Minus; next = remainder.ConsumeToken())
        {
            var operand = Product(next.Remainder);
            if (!operand.HasValue)
            {
                return operand;
            }

            summands.Add(new Summand(At(next.Value), next.Value.Kind == ReluToken.Minus, operand.Value));
            remainder = operand.Remainder;
        }

        var node = summands.IsEmpty ? first.Value : new SumNode(first.Value.Position, first.Value, summands.ToImmutableAndFree());
        return TokenListParserResult.Value(node, input, remainder);
    };

    /// <summary>How a factor with this first token joins the product; null when the token ends the product.</summary>
    private static ProductOperator? OperatorBefore(ReluToken kind) => kind switch
    {
        ReluToken.Times => ProductOperator.Multiply,
        ReluToken.Divide => ProductOperator.Divide,
        ReluToken.Identifier or ReluToken.Function or ReluToken.Frac or ReluToken.OpenBar
            or ReluToken.LParen or ReluToken.LBracket or ReluToken.LBrace => ProductOperator.Juxtapose,
        _ => null,
    };

    private static TokenListParserResult<ReluToken, SyntaxNode> Call(
        TokenList<ReluToken> input, Token<ReluToken> name, TokenListParserResult<ReluToken, ImmutableArray<SyntaxNode>> arguments) =>
        arguments.HasValue
            ? TokenListParserResult.Value<ReluToken, SyntaxNode>(new CallNode(At(name), name.Name(), arguments.Value), input, arguments.Remainder)
            : TokenListParserResult.CastEmpty<ReluToken, ImmutableArray<SyntaxNode>, SyntaxNode>(arguments);
}
