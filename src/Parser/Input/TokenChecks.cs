using System.Collections.Generic;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower.Model;

namespace ReluCompiler.Parser.Input;

/// <summary>
/// One linear pass over the tokens, before the grammar runs: tokens that are never valid (unknown
/// characters and LaTeX commands), number literals past their limits, and nesting deeper than
/// <see cref="ParserLimits.MaxNestingDepth"/>. The grammar recurses once per nesting level, so the depth
/// must be bounded here, without recursion: 100,000 nested parentheses would overflow the stack first.
/// </summary>
internal static class TokenChecks
{
    /// <summary>
    /// The first bad token (its index and error) or null when every token passes.
    /// </summary>
    public static (int Index, ReluParseException Error)? FindFirstProblem(Token<ReluToken>[] tokens)
    {
        var open = new Stack<int>();
        var depth = 0;
        var pendingSigns = 0;
        var previousEndsOperand = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var endsOperand = false;
            string? problem = null;
            switch (token.Kind)
            {
                case ReluToken.Number:
                    problem = NumberText.CheckLimits(token.Text());
                    pendingSigns = 0;
                    endsOperand = true;
                    break;
                case ReluToken.Identifier when i + 1 < tokens.Length && BarPairing.IsOpener(tokens[i + 1].Kind):
                case ReluToken.Function or ReluToken.Frac:
                    break; // prefix signs before a call or a fraction apply to everything inside it
                case ReluToken.Identifier:
                    pendingSigns = 0;
                    endsOperand = true;
                    break;
                case ReluToken.Plus or ReluToken.Minus when !previousEndsOperand:
                    pendingSigns++;
                    problem = TooDeep(depth + pendingSigns);
                    break;
                case ReluToken.CloseBar:
                case ReluToken.RParen or ReluToken.RBracket or ReluToken.RBrace:
                    depth -= open.TryPop(out var closed) ? closed : 0;
                    pendingSigns = 0;
                    endsOperand = true;
                    break;
                case ReluToken.LParen or ReluToken.LBracket or ReluToken.LBrace or ReluToken.OpenBar:
                    open.Push(1 + pendingSigns);
                    depth += 1 + pendingSigns;
                    pendingSigns = 0;
                    problem = TooDeep(depth);
                    break;
                case ReluToken.Equals:
                    pendingSigns = 0;
                    break;
                case ReluToken.UnknownCommand:
                    problem = UnknownCommand(token.ToStringValue());
                    break;
                case ReluToken.Unrecognized:
                    problem = $"unexpected character {UserText.Character(token.ToStringValue())}";
                    break;
            }

            if (problem is not null)
            {
                return (i, SourcePosition.From(token.Position).Error(problem));
            }

            previousEndsOperand = endsOperand;
        }

        return null;
    }

    private static string? TooDeep(int depth) =>
        depth > ParserLimits.MaxNestingDepth
            ? $"nesting deeper than the limit of {ParserLimits.MaxNestingDepth} levels (parentheses, calls, absolute-value bars and prefix signs each add one)"
            : null;

    private static string UnknownCommand(string command) => command switch
    {
        "\\left" or "\\right" or "\\bigl" or "\\bigr" or "\\big" or "\\Big" or "\\Bigl" or "\\Bigr" or "\\bigg" or "\\biggl"
            or "\\biggr" or "\\Bigg" or "\\Biggl" or "\\Biggr" or "\\bigm" or "\\Bigm" or "\\biggm" or "\\Biggm" =>
            $"{UserText.Quote(command)} must be followed by a delimiter: `(`, `)`, `[`, `]`, `\\{{`, `\\}}` or `|`",
        "\\operatorname" or "\\mathrm" or "\\text" =>
            $"{UserText.Quote(command)} must be followed by a function name in braces, such as `{command}{{ReLU}}`",
        _ => $"unknown LaTeX command {UserText.Quote(command)}",
    };
}
