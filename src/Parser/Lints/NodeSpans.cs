using System;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower.Model;

namespace ReluCompiler.Parser.Lints;

/// <summary>
/// Where each syntax node ends. Nodes keep only where they start, so the end is found from the tokens: the
/// end of the node's last part, then as many closing parentheses as the node opened and has not closed
/// (<c>σ(x - 1)</c> opens one; <c>2(x + 1)</c> too), then for bars the closing bar.
/// </summary>
internal sealed class NodeSpans
{
    private readonly string _text;
    private readonly Token<ReluToken>[] _tokens;

    public NodeSpans(string text)
    {
        _text = text;
        _tokens = ReluTokenizer.Tokenize(text);
    }

    public SourceSpan Of(SyntaxNode node)
    {
        var start = node.Position.Offset;
        var end = End(node);
        var at = SourcePosition.At(_text, start);
        return new SourceSpan(at.Line, at.Column, start, end - start);
    }

    /// <summary>The text of a node, as written.</summary>
    public string TextOf(SyntaxNode node) => _text.Substring(node.Position.Offset, End(node) - node.Position.Offset);

    private int End(SyntaxNode node)
    {
        var raw = node switch
        {
            NumberNode number => number.Position.Offset + number.Length,
            VariableNode variable => TokenEnd(IndexAt(variable.Position.Offset)),
            CallNode call => End(call.Arguments[call.Arguments.Length - 1]),
            AbsoluteValueNode bars => End(bars.Operand),
            NegationNode negation => End(negation.Operand),
            SumNode sum => End(sum.Rest[sum.Rest.Length - 1].Operand),
            ProductNode product => End(product.Rest[product.Rest.Length - 1].Operand),
            _ => throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node)),
        };
        var end = CloseParentheses(node.Position.Offset, raw);
        if (node is AbsoluteValueNode)
        {
            var next = IndexAtOrAfter(end);
            end = next < _tokens.Length && _tokens[next].Kind == ReluToken.Bar ? TokenEnd(next) : end;
        }

        return end;
    }

    /// <summary>Moves <paramref name="end"/> past the closing parentheses of those opened in [start, end) and not yet closed.</summary>
    private int CloseParentheses(int start, int end)
    {
        var open = 0;
        for (var i = IndexAtOrAfter(start); i < _tokens.Length && _tokens[i].Position.Absolute < end; i++)
        {
            open += _tokens[i].Kind == ReluToken.LParen ? 1 : _tokens[i].Kind == ReluToken.RParen ? -1 : 0;
        }

        var next = IndexAtOrAfter(end);
        for (; open > 0 && next < _tokens.Length && _tokens[next].Kind == ReluToken.RParen; open--, next++)
        {
            end = TokenEnd(next);
        }

        return end;
    }

    private int TokenEnd(int index) => _tokens[index].Position.Absolute + _tokens[index].Span.Length;

    private int IndexAt(int offset)
    {
        var i = IndexAtOrAfter(offset);
        return i < _tokens.Length ? i : _tokens.Length - 1;
    }

    /// <summary>The first token starting at or after <paramref name="offset"/> (binary search).</summary>
    private int IndexAtOrAfter(int offset)
    {
        int low = 0, high = _tokens.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_tokens[mid].Position.Absolute < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
