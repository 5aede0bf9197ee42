using System.Collections.Generic;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower.Model;

namespace ReluCompiler.Parser.Input;

/// <summary>
/// Where the expression is in a text that may be an equation: <c>f(x) = …</c> and <c>y = …</c> are
/// definitions whose right-hand side is the expression (the names in <c>f(x, y)</c> are its inputs, in
/// that order); <c>A = B</c> is an equation of two expressions.
/// </summary>
internal static class Definition
{
    /// <summary>
    /// The parameters of a definition head <c>name =</c> or <c>name(a, b, …) =</c> filling
    /// <paramref name="tokens"/>[0..<paramref name="end"/>), or null when those tokens are not one.
    /// </summary>
    public static List<(string Name, SourcePosition At)>? Head(Token<ReluToken>[] tokens, int end)
    {
        if (end < 1 || tokens[0].Kind != ReluToken.Identifier)
        {
            return null;
        }

        var parameters = new List<(string, SourcePosition)>();
        if (end == 1)
        {
            return parameters;
        }

        if (end < 4 || (end - 3) % 2 == 0 || !BarPairing.IsOpener(tokens[1].Kind) || tokens[end - 1].Kind != BarPairing.CloserOf(tokens[1].Kind))
        {
            return null;
        }

        for (var i = 2; i < end - 1; i += 2)
        {
            var separator = i + 1 < end - 1 ? tokens[i + 1].Kind : ReluToken.None;
            if (tokens[i].Kind != ReluToken.Identifier || separator is not (ReluToken.Comma or ReluToken.None))
            {
                return null;
            }

            parameters.Add((tokens[i].Name(), SourcePosition.From(tokens[i].Position)));
        }

        return parameters;
    }

    /// <summary>The indices of every <c>=</c> token.</summary>
    public static List<int> EqualsSigns(Token<ReluToken>[] tokens)
    {
        var found = new List<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == ReluToken.Equals)
            {
                found.Add(i);
            }
        }

        return found;
    }
}
