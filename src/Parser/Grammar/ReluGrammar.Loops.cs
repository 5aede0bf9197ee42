using System.Runtime.CompilerServices;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower.Model;

namespace ReluCompiler.Parser.Grammar;

/// <summary>
/// The parsers that run once per operand, written as plain loops over the tokens, and as methods rather
/// than delegates so the JIT can inline the small ones into the loops (ReluGrammar.Nesting.cs).
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

    /// <summary>
    /// <c>{"+" | "-"} primary</c> with <c>primary = number | name [arguments] | function arguments | fraction
    /// | "(" sum ")" | "|" sum "|"</c>, chosen by the next token. Hand-written because it runs once per
    /// operand (the combinator version went through five delegates to read a number), and each case
    /// returns its callee's result directly so that this frame holds no result of its own. Every
    /// alternative consumes its first token, so a failure inside one stands, and only a token that starts
    /// none is "expected an expression".
    /// </summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Unary(TokenList<ReluToken> input)
    {
        switch (KindAt(input))
        {
            case ReluToken.Plus or ReluToken.Minus:
                return Signed(input);
            case ReluToken.Number:
                return Number(input);
            case ReluToken.Identifier:
                return NameOrCall(input);
            case ReluToken.Function:
                return CallOf(input);
            case ReluToken.LParen or ReluToken.LBracket or ReluToken.LBrace:
                return Group(input);
            case ReluToken.OpenBar:
                return Bars(input);
            case ReluToken.Frac:
                return Fraction(input);
            default:
                return TokenListParserResult.Empty<ReluToken, SyntaxNode>(input, AnExpression);
        }
    }

    /// <summary>Prefix signs, then the operand: an odd number of minus signs negates, plus signs change nothing.</summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Signed(TokenList<ReluToken> input)
    {
        var remainder = input;
        var minusSigns = 0;
        for (var kind = KindAt(remainder); kind is ReluToken.Plus or ReluToken.Minus; kind = KindAt(remainder))
        {
            minusSigns += kind == ReluToken.Minus ? 1 : 0;
            remainder = Skip(remainder);
        }

        var operand = Unary(remainder);
        if (!operand.HasValue)
        {
            return operand;
        }

        var node = minusSigns % 2 == 1 ? new NegationNode(PositionAt(input), operand.Value) : operand.Value;
        return TokenListParserResult.Value(node, input, operand.Remainder);
    }

    /// <summary>A number literal (the next token is one).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Number(TokenList<ReluToken> input)
    {
        var number = input.ConsumeToken();
        return TokenListParserResult.Value<ReluToken, SyntaxNode>(
            new NumberNode(At(number.Value), number.Value.Span.Source!, number.Value.Span.Length), input, number.Remainder);
    }

    /// <summary><c>unary {("*" | "/") unary | name [arguments] | function arguments | fraction | "(" sum ")" | "|" sum "|"}</c>.</summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Product(TokenList<ReluToken> input)
    {
        var first = Unary(input);
        if (!first.HasValue)
        {
            return first;
        }

        var factors = default(Gathered<Factor>);
        var remainder = first.Remainder;
        for (var kind = KindAt(remainder); kind is { } next; kind = KindAt(remainder))
        {
            if (next == ReluToken.Number)
            {
                return NumberWithoutOperator(remainder);
            }

            if (OperatorBefore(next) is not { } op)
            {
                break;
            }

            var operand = op == ProductOperator.Juxtapose ? ImplicitFactor(remainder) : Unary(Skip(remainder));
            if (!operand.HasValue)
            {
                return operand;
            }

            factors.Add(new Factor(PositionAt(remainder), op, operand.Value));
            remainder = operand.Remainder;
        }

        var node = factors.IsEmpty ? first.Value : new ProductNode(first.Value.Position, first.Value, factors.ToImmutableAndFree());
        return TokenListParserResult.Value(node, input, remainder);
    }

    /// <summary><c>product {("+" | "-") product}</c>.</summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Sum(TokenList<ReluToken> input)
    {
        var first = Product(input);
        if (!first.HasValue)
        {
            return first;
        }

        var summands = default(Gathered<Summand>);
        var remainder = first.Remainder;
        for (var kind = KindAt(remainder); kind is ReluToken.Plus or ReluToken.Minus; kind = KindAt(remainder))
        {
            var operand = Product(Skip(remainder));
            if (!operand.HasValue)
            {
                return operand;
            }

            summands.Add(new Summand(PositionAt(remainder), kind == ReluToken.Minus, operand.Value));
            remainder = operand.Remainder;
        }

        var node = summands.IsEmpty ? first.Value : new SumNode(first.Value.Position, first.Value, summands.ToImmutableAndFree());
        return TokenListParserResult.Value(node, input, remainder);
    }

    /// <summary>How a factor with this first token joins the product; null when the token ends the product.</summary>
    private static ProductOperator? OperatorBefore(ReluToken kind) => kind switch
    {
        ReluToken.Times => ProductOperator.Multiply,
        ReluToken.Divide => ProductOperator.Divide,
        ReluToken.Identifier or ReluToken.Function or ReluToken.Frac or ReluToken.OpenBar
            or ReluToken.LParen or ReluToken.LBracket or ReluToken.LBrace => ProductOperator.Juxtapose,
        _ => null,
    };

    /// <summary>
    /// The kind of the next token, or null at the end. This and the two helpers below keep the 96-byte
    /// result of <c>ConsumeToken</c> out of the frames of the recursion (which the JIT would not share
    /// between locals): a level of nesting then costs a few hundred bytes less stack.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReluToken? KindAt(TokenList<ReluToken> input)
    {
        var next = input.ConsumeToken();
        return next.HasValue ? next.Value.Kind : null;
    }

    /// <summary>The tokens after the next one (there is one).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenList<ReluToken> Skip(TokenList<ReluToken> input) => input.ConsumeToken().Remainder;

    /// <summary>Where the next token starts (there is one).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SourcePosition PositionAt(TokenList<ReluToken> input) => At(input.ConsumeToken().Value);
}
