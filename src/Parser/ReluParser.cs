using System;
using System.Linq;
using ReluCompiler.Parser.Grammar;
using ReluCompiler.Parser.Input;
using ReluCompiler.Parser.Lowering;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower.Model;

namespace ReluCompiler.Parser;

/// <summary>Text to IR: the parser's public entry point.</summary>
/// <remarks>
/// The phases, each able to stop with a located <see cref="ReluParseException"/>:
/// input checks (length, forbidden characters) → tokens → token checks (unknown symbols, number and
/// nesting limits) → grammar (syntax tree) → lowering (the ReLU sum). The limits are checked before
/// anything recursive runs; see <see cref="ParserLimits"/>.
/// </remarks>
public static class ReluParser
{
    /// <summary>
    /// Parses and lowers <paramref name="text"/> (plain, Unicode or LaTeX: <c>σ(x-1) + 1</c>,
    /// <c>\[\sigma(x-1) +1\]</c>); throws <see cref="ReluParseException"/> on bad input.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression, or passes a limit.</exception>
    public static ParsedExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var syntax = ParseSyntax(text);
        var (sum, variables) = Lowerer.Lower(syntax);
        return new ParsedExpression(text, sum, variables);
    }

    /// <summary>Like <see cref="Parse"/>, reporting bad input through <paramref name="error"/> instead of throwing.</summary>
    public static bool TryParse(string text, out ParsedExpression? expression, out ReluParseException? error)
    {
        try
        {
            expression = Parse(text);
            error = null;
            return true;
        }
        catch (ReluParseException e)
        {
            expression = null;
            error = e;
            return false;
        }
    }

    /// <summary>The syntax tree of <paramref name="text"/>, before lowering (for tests of the grammar's shape).</summary>
    internal static SyntaxNode ParseSyntax(string text)
    {
        InputChecks.Check(text);
        var tokens = Tokenize(text);
        if (TokenChecks.FindFirstProblem(tokens) is { } problem)
        {
            throw EarlierSyntaxError(tokens, problem.Index) ?? problem.Error;
        }

        var result = ReluGrammar.Expression(new TokenList<ReluToken>(tokens));
        return result.HasValue ? result.Value : throw Error(result);
    }

    private static Token<ReluToken>[] Tokenize(string text)
    {
        var result = ReluTokenizer.Instance.TryTokenize(text);
        return result.HasValue
            ? result.Value.ToArray()
            : throw SourcePosition.From(result.ErrorPosition).Error(result.FormatErrorMessageFragment());
    }

    /// <summary>
    /// The grammar's error in the tokens before a token-check problem, if there is one: errors are reported
    /// in text order, so <c>x) + ((((…</c> complains about the <c>)</c>, not the depth. The prefix is within
    /// the limits, so parsing it is safe; running out of tokens there is not an error of its own.
    /// </summary>
    private static ReluParseException? EarlierSyntaxError(Token<ReluToken>[] tokens, int problemIndex)
    {
        var result = ReluGrammar.Expression(new TokenList<ReluToken>(tokens[..problemIndex]));
        return result.HasValue || result.Remainder.IsAtEnd ? null : Error(result);
    }

    private static ReluParseException Error<T>(TokenListParserResult<ReluToken, T> result) =>
        SourcePosition.From(result.ErrorPosition).Error(result.FormatErrorMessageFragment());
}
