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
        var (sum, variables) = Run(text, Lowerer.Lower);
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
    internal static SyntaxNode ParseSyntax(string text) => Run(text, syntax => syntax);

    /// <summary>
    /// Every phase up to the syntax tree, then <paramref name="then"/>, on the caller's thread: the
    /// 256 levels <see cref="ParserLimits.MaxNestingDepth"/> allows fit in an ordinary 1 MiB stack (a test
    /// parses them on one), because the grammar keeps each level's frames small.
    /// </summary>
    private static T Run<T>(string text, Func<SyntaxNode, T> then)
    {
        InputChecks.Check(text);
        var tokens = ReluTokenizer.Tokenize(text);
        if (TokenChecks.FindFirstProblem(tokens, out _) is { } found)
        {
            throw EarlierSyntaxError(tokens, found.Index) ?? found.Error;
        }

        var result = ReluGrammar.Expression(new TokenList<ReluToken>(tokens));
        return result.HasValue ? then(result.Value) : throw Error(result);
    }

    /// <summary>
    /// The grammar's error in the tokens before a token-check problem, if there is one: errors are reported
    /// in text order, so <c>x) + ((((…</c> complains about the <c>)</c>, not the depth. The prefix is within
    /// the limits, so parsing it is safe; running out of tokens there is not an error of its own.
    /// </summary>
    private static ReluParseException? EarlierSyntaxError(Token<ReluToken>[] tokens, int problemIndex)
    {
        var result = ReluGrammar.Expression(new TokenList<ReluToken>(tokens.Take(problemIndex).ToArray()));
        return result.HasValue || result.Remainder.IsAtEnd ? null : Error(result);
    }

    private static ReluParseException Error<T>(TokenListParserResult<ReluToken, T> result) =>
        SourcePosition.From(result.ErrorPosition).Error(result.FormatErrorMessageFragment());
}
