using System;
using System.Linq;
using System.Collections.Generic;
using System.Collections.Immutable;
using ReluCompiler.Ir;
using ReluCompiler.Parser.Lowering;
using ReluCompiler.Parser.Grammar;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower.Model;

namespace ReluCompiler.Parser.Input;

/// <summary>
/// A text checked and tokenized once (bars paired, limits checked), from which one expression or the
/// two sides of an equation are parsed, each a range of its tokens. Errors are reported in text order:
/// a problem the checks found is raised only after the grammar has had its say about the tokens before it.
/// </summary>
internal sealed class TokenSource
{
    private readonly (int Index, ReluParseException Error)? _problem;

    public TokenSource(string text)
    {
        Text = text;
        InputChecks.Check(text);
        Tokens = ReluTokenizer.Tokenize(text);
        var bars = Array.Exists(Tokens, t => t.Kind == ReluToken.Bar) ? BarPairing.Pair(Tokens) : null;
        var checks = TokenChecks.FindFirstProblem(Tokens);
        _problem = bars is { } b && (checks is not { } c || b.Index <= c.Index) ? bars : checks;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Its tokens, every bar an opening or a closing one.</summary>
    public Token<ReluToken>[] Tokens { get; }

    /// <summary>Where the token at <paramref name="index"/> starts.</summary>
    public SourcePosition At(int index) => SourcePosition.From(Tokens[index].Position);

    /// <summary>The end of the text, where "unexpected end of input" is reported.</summary>
    public SourcePosition AtEnd() => SourcePosition.At(Text, Text.Length);

    /// <summary>The text of tokens [<paramref name="start"/>, <paramref name="end"/>), from the first token's start to the last one's end.</summary>
    public string TextOf(int start, int end)
    {
        if (start >= end)
        {
            return "";
        }

        var from = Tokens[start].Position.Absolute;
        var last = Tokens[end - 1];
        return Text.Substring(from, last.Position.Absolute + last.Span.Length - from);
    }

    /// <summary>Raises the checks' problem if it lies before token <paramref name="index"/> (after any syntax error before it).</summary>
    public void ThrowProblemBefore(int index)
    {
        if (_problem is { } problem && problem.Index < index)
        {
            throw EarlierSyntaxError(0, problem.Index) ?? problem.Error;
        }
    }

    /// <summary>
    /// The inputs a definition head <c>f(a, b) =</c> declares when the caller declared none, or the caller's
    /// (which must then include every name in the head).
    /// </summary>
    public DeclaredInputs? FromHead(List<(string Name, SourcePosition At)> head, DeclaredInputs? declared)
    {
        if (declared is not null)
        {
            foreach (var (name, at) in head)
            {
                if (!declared.Contains(name))
                {
                    throw at.Error(declared.NotDeclared(name));
                }
            }

            return declared;
        }

        if (head.Count == 0)
        {
            return null;
        }

        var names = new List<string>(head.Count);
        foreach (var (name, at) in head)
        {
            names.Add(name);
            if (DeclaredInputs.Problem(names) is { } reason)
            {
                throw at.Error(reason);
            }
        }

        return DeclaredInputs.From(names);
    }

    /// <summary>
    /// Parses tokens [<paramref name="start"/>, <paramref name="end"/>) as one expression, then
    /// <paramref name="then"/>, on the caller's thread: the token checks bound the nesting to
    /// <see cref="ParserLimits.MaxNestingDepth"/> levels, and that many fit an ordinary 1 MiB stack
    /// (docs/decisions.md, OrdinaryStackTests).
    /// </summary>
    public T Run<T>(int start, int end, Func<SyntaxNode, T> then)
    {
        if (_problem is { } problem && problem.Index < end)
        {
            throw EarlierSyntaxError(start, Math.Max(start, problem.Index)) ?? problem.Error;
        }

        var result = ReluGrammar.Expression(List(start, end));
        return result.HasValue ? then(result.Value) : throw Error(result, start, end);
    }

    /// <summary>
    /// Parses and lowers tokens [<paramref name="start"/>, <paramref name="end"/>) as one expression, lowering each
    /// operand of the top-level sum as soon as it is parsed (<see cref="StreamedLowering"/>); errors as <see cref="Run{T}"/>
    /// followed by lowering gives them.
    /// </summary>
    public (ReluSum Sum, ImmutableArray<string> Variables) Lower(int start, int end, DeclaredInputs? declared)
    {
        if (_problem is { } problem && problem.Index < end)
        {
            throw EarlierSyntaxError(start, Math.Max(start, problem.Index)) ?? problem.Error;
        }

        var lowering = new StreamedLowering(declared);
        var result = ReluGrammar.StreamedExpression(List(start, end), lowering.Add);
        return result.HasValue ? lowering.Finish() : throw Error(result, start, end);
    }

    /// <summary>
    /// The grammar's error in the tokens before a token-check problem, if there is one: errors are reported
    /// in text order, so <c>x) + ((((…</c> complains about the <c>)</c>, not the depth. The prefix is within
    /// the limits, so parsing it is safe; running out of tokens there is not an error of its own.
    /// </summary>
    private ReluParseException? EarlierSyntaxError(int start, int problemIndex)
    {
        var result = ReluGrammar.Expression(List(start, problemIndex));
        return result.HasValue || result.Remainder.IsAtEnd ? null : Error(result, start, problemIndex);
    }

    private TokenList<ReluToken> List(int start, int end) =>
        new(start == 0 && end == Tokens.Length ? Tokens : Tokens.Skip(start).Take(end - start).ToArray());

    /// <summary>The grammar's error; running out of tokens before an <c>=</c> is reported at the <c>=</c>, not at the end of the text.</summary>
    private ReluParseException Error<T>(TokenListParserResult<ReluToken, T> result, int start, int end)
    {
        var at = !result.Remainder.IsAtEnd ? SourcePosition.From(result.ErrorPosition)
            : end < Tokens.Length ? At(end)
            : start == end && start > 0 ? AtEnd()
            : SourcePosition.From(result.ErrorPosition);
        return at.Error(result.FormatErrorMessageFragment());
    }
}
