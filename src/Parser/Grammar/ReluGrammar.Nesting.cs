using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ReluCompiler.Parser.Input;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower;
using Superpower.Model;

namespace ReluCompiler.Parser.Grammar;

/// <summary>
/// The constructs that nest (groups, bars, calls, <c>\frac</c>): the grammar's only recursion, written as
/// methods the JIT inlines into <see cref="Product"/>, so that one level of nesting is the frames of
/// <see cref="Sum"/> and <see cref="Product"/> (and <see cref="Arguments"/> for a call) instead of a
/// chain of seven delegates and combinators. That is what lets the 256 levels the token checks allow
/// parse on an ordinary 1 MiB stack (docs/decisions.md has the measured bytes per level).
/// </summary>
internal static partial class ReluGrammar
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name: the recursive
    /// methods are compiled optimized on first use, since unoptimized (tier-0) frames are several times
    /// larger and the depth that fits the stack would depend on how warm the process is.
    /// </summary>
    private const MethodImplOptions Optimized = (MethodImplOptions)512;

    /// <summary>Optimized, and never inlined into its caller, whose frame would grow by every struct it holds.</summary>
    private const MethodImplOptions Separate = Optimized | MethodImplOptions.NoInlining;

    /// <summary>
    /// A sum inside brackets, a call or bars. The token checks bound the depth; the stack check is for
    /// callers on threads with unusually small stacks, which get an error instead of a crashed process.
    /// </summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> NestedSum(TokenList<ReluToken> input) =>
        RuntimeHelpers.TryEnsureSufficientExecutionStack() ? Sum(input) : throw StackExhausted(input);

    /// <summary>A sum in brackets, closed by the same kind: <c>(x)</c>, <c>[x]</c>, <c>{x}</c> (the first token is an opening bracket).</summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Group(TokenList<ReluToken> input)
    {
        var inner = NestedSum(Skip(input));
        return Closed(input, in inner, CloserOf(KindAt(input)!.Value));
    }

    /// <summary><c>"|" sum "|"</c>, the bars already paired (the first token is an opening bar).</summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Bars(TokenList<ReluToken> input)
    {
        var inner = NestedSum(Skip(input));
        return Closed(input, in inner, CloseBar, absoluteValue: true);
    }

    /// <summary><c>\frac{a}{b}</c>: the product a / b, its division reported at the <c>\frac</c> (the first token is <c>\frac</c>).</summary>
    private static TokenListParserResult<ReluToken, SyntaxNode> Fraction(TokenList<ReluToken> input)
    {
        var frac = input.ConsumeToken();
        var numerator = Braced(frac.Remainder);
        if (!numerator.HasValue)
        {
            return numerator;
        }

        var denominator = Braced(numerator.Remainder);
        return denominator.HasValue
            ? TokenListParserResult.Value<ReluToken, SyntaxNode>(
                new ProductNode(At(frac.Value), numerator.Value, [new Factor(At(frac.Value), ProductOperator.Divide, denominator.Value)]),
                input,
                denominator.Remainder)
            : denominator;
    }

    /// <summary><c>"{" sum "}"</c>, an argument of <c>\frac</c>.</summary>
    private static TokenListParserResult<ReluToken, SyntaxNode> Braced(TokenList<ReluToken> input)
    {
        var open = LBrace(input);
        if (!open.HasValue)
        {
            return TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, SyntaxNode>(open);
        }

        var inner = NestedSum(open.Remainder);
        return Closed(input, in inner, RBrace);
    }

    /// <summary>
    /// <paramref name="inner"/>, if it succeeded, followed by the closing token <paramref name="closer"/>
    /// reads, as one result starting at <paramref name="input"/>; between bars, the absolute value of it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Closed(
        TokenList<ReluToken> input,
        in TokenListParserResult<ReluToken, SyntaxNode> inner,
        TokenListParser<ReluToken, Token<ReluToken>> closer,
        bool absoluteValue = false)
    {
        if (!inner.HasValue)
        {
            return inner;
        }

        var close = closer(inner.Remainder);
        var node = absoluteValue ? new AbsoluteValueNode(PositionAt(input), inner.Value) : inner.Value;
        return close.HasValue
            ? TokenListParserResult.Value(node, input, close.Remainder)
            : TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, SyntaxNode>(close);
    }

    /// <summary>Implicit multiplication: the right factor is a variable, a call, a fraction, a bracketed group or bars; else no factor, nothing consumed.</summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> ImplicitFactor(TokenList<ReluToken> input) =>
        input.ConsumeToken() is { HasValue: true } next
            ? next.Value.Kind switch
            {
                ReluToken.Identifier => NameOrCall(input),
                ReluToken.Function => CallOf(input),
                ReluToken.Frac => Fraction(input),
                ReluToken.LParen or ReluToken.LBracket or ReluToken.LBrace => Group(input),
                ReluToken.OpenBar => Bars(input),
                _ => TokenListParserResult.Empty<ReluToken, SyntaxNode>(input),
            }
            : TokenListParserResult.Empty<ReluToken, SyntaxNode>(input);

    /// <summary>An identifier is a call when <c>(</c> follows it, a variable otherwise.</summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> NameOrCall(TokenList<ReluToken> input) =>
        KindAt(Skip(input)) is { } next && BarPairing.IsOpener(next) ? CallOf(input) : Variable(input);

    /// <summary>A variable (the next token is its name).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Variable(TokenList<ReluToken> input)
    {
        var name = input.ConsumeToken();
        return TokenListParserResult.Value<ReluToken, SyntaxNode>(new VariableNode(At(name.Value), name.Value.Name()), input, name.Remainder);
    }

    /// <summary>
    /// A call: the next token is its name, an identifier or one of <c>σ</c>, <c>\sigma</c>, <c>\max</c>,
    /// <c>\min</c> (which are only ever functions: parentheses must follow).
    /// </summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, SyntaxNode> CallOf(TokenList<ReluToken> input)
    {
        var arguments = Arguments(Skip(input));
        return Called(input, in arguments);
    }

    /// <summary><c>"(" sum {"," sum} ")"</c>, the arguments of a call (or in <c>[…]</c> or <c>{…}</c>: <c>\max\{0, x\}</c>).</summary>
    [MethodImpl(Separate)]
    private static TokenListParserResult<ReluToken, ImmutableArray<SyntaxNode>> Arguments(TokenList<ReluToken> input)
    {
        if (KindAt(input) is not { } opener || !BarPairing.IsOpener(opener))
        {
            return TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, ImmutableArray<SyntaxNode>>(LParen(input));
        }

        var arguments = default(Gathered<SyntaxNode>);
        var remainder = Skip(input);
        while (true)
        {
            var argument = NestedSum(remainder);
            if (!argument.HasValue)
            {
                return TokenListParserResult.CastEmpty<ReluToken, SyntaxNode, ImmutableArray<SyntaxNode>>(argument);
            }

            arguments.Add(argument.Value);
            remainder = argument.Remainder;
            if (KindAt(remainder) != ReluToken.Comma)
            {
                break; // anything but a comma ends the list; the closing parenthesis must follow
            }

            remainder = Skip(remainder);
        }

        return ClosedList(input, remainder, CloserOf(opener), arguments.ToImmutableAndFree());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenListParserResult<ReluToken, ImmutableArray<SyntaxNode>> ClosedList(
        TokenList<ReluToken> input, TokenList<ReluToken> remainder, TokenListParser<ReluToken, Token<ReluToken>> closer, ImmutableArray<SyntaxNode> list)
    {
        var close = closer(remainder);
        return close.HasValue
            ? TokenListParserResult.Value(list, input, close.Remainder)
            : TokenListParserResult.CastEmpty<ReluToken, Token<ReluToken>, ImmutableArray<SyntaxNode>>(close);
    }

    /// <summary>The call whose name is the next token of <paramref name="input"/>, once its arguments are read.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenListParserResult<ReluToken, SyntaxNode> Called(
        TokenList<ReluToken> input, in TokenListParserResult<ReluToken, ImmutableArray<SyntaxNode>> arguments)
    {
        if (!arguments.HasValue)
        {
            return TokenListParserResult.CastEmpty<ReluToken, ImmutableArray<SyntaxNode>, SyntaxNode>(arguments);
        }

        var name = input.ConsumeToken().Value;
        return TokenListParserResult.Value<ReluToken, SyntaxNode>(new CallNode(At(name), name.Name(), arguments.Value), input, arguments.Remainder);
    }
}
