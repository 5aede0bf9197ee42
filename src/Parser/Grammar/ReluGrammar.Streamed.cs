using System;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower.Model;

namespace ReluCompiler.Parser.Grammar;

/// <summary>The whole expression with the operands of its top-level sum handed over as they are parsed.</summary>
internal static partial class ReluGrammar
{
    /// <summary>
    /// <see cref="Expression"/> without the root <see cref="SumNode"/>: each operand of the top-level sum goes to
    /// <paramref name="operand"/> (with whether it is subtracted) as soon as it is parsed, so lowering takes a
    /// 200,000-term sum one term at a time and the syntax tree of the whole text is never alive at once (it was
    /// about 420 bytes a <c>σ(x - b)</c> term, more than the tokens and the lowered sum together). Accepts and
    /// fails exactly as <see cref="Expression"/> does: the same loop as <see cref="Sum"/>, then the end of input.
    /// </summary>
    /// <returns>A value when the tokens are one expression; otherwise the same error <see cref="Expression"/> gives.</returns>
    public static TokenListParserResult<ReluToken, Unit> StreamedExpression(TokenList<ReluToken> input, Action<SyntaxNode, bool> operand)
    {
        var first = Product(input);
        if (!first.HasValue)
        {
            return TokenListParserResult.CastEmpty<ReluToken, SyntaxNode, Unit>(first);
        }

        operand(first.Value, false);
        var remainder = first.Remainder;
        for (var kind = KindAt(remainder); kind is ReluToken.Plus or ReluToken.Minus; kind = KindAt(remainder))
        {
            var next = Product(Skip(remainder));
            if (!next.HasValue)
            {
                return TokenListParserResult.CastEmpty<ReluToken, SyntaxNode, Unit>(next);
            }

            operand(next.Value, kind == ReluToken.Minus);
            remainder = next.Remainder;
        }

        return EndOfInput(remainder);
    }
}
