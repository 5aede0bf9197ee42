using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// The usage errors System.CommandLine does not report itself. A verb's expression argument takes
/// any number of tokens, so the parser hands it every token it does not know, a misspelled option
/// included: <c>relu net --jsn 'σ(x)'</c> would read <c>--jsn</c> as the expression −(−jsn). Here every
/// token before <c>--</c> that looks like an option (<see cref="OptionLikeToken"/>) and was not
/// recognised as one is an error, and tokens the parser could not place get a did-you-mean.
/// </summary>
internal static class StrictArguments
{
    /// <summary>One message per problem, in command-line order; empty when the command line is well formed.</summary>
    public static List<string> Problems(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        if (command is RootCommand)
        {
            return RootProblems(parsed, command);
        }

        var problems = new List<string>();
        Token? previous = null;
        foreach (var token in TokensBeforeDoubleDash(parsed))
        {
            if (token.Type == TokenType.Argument && OptionLikeToken.Matches(token.Value))
            {
                problems.Add(TakesValue(command, previous)
                    ? $"`{previous!.Value}` needs a value, but `{token.Value}` looks like an option{Suggestions.DidYouMean(OptionLikeToken.Name(token.Value), VerbUsage.Spellings(command))} (a value that starts with '-' is written ./{token.Value} for a file)"
                    : UnknownOption(command, token.Value));
            }

            previous = token;
        }

        var unmatched = parsed.UnmatchedTokens;
        foreach (var token in unmatched.Where(t => !OptionLikeToken.Matches(t)))
        {
            problems.Add($"unexpected argument `{token}`: {VerbUsage.Program} {command.Name} takes no more arguments");
        }

        // System.CommandLine's own errors name their option (a missing value, a value not among the
        // choices); those about unmatched tokens were reworded above.
        problems.AddRange(parsed.Errors.Select(e => e.Message).Where(m => !unmatched.Any(t => m.Contains($"'{t}'", System.StringComparison.Ordinal))));
        return problems;
    }

    private static List<string> RootProblems(ParseResult parsed, Command root)
    {
        var problems = new List<string>();
        var first = parsed.UnmatchedTokens.FirstOrDefault();
        if (first is null)
        {
            problems.Add("no verb was given");
        }
        else if (OptionLikeToken.Matches(first))
        {
            problems.Add(UnknownOption(root, first) + "; options go after the verb");
        }
        else
        {
            problems.Add($"unknown verb `{first}`" + Suggestions.DidYouMean(first, root.Subcommands.Select(c => c.Name)));
        }

        return problems;
    }

    private static string UnknownOption(Command command, string token)
    {
        var name = OptionLikeToken.Name(token);
        var where = command is RootCommand ? VerbUsage.Program : $"{VerbUsage.Program} {command.Name}";
        // A one-letter option is one edit from every other one-letter option: no suggestion there.
        var hint = name.Length > 2 ? Suggestions.DidYouMean(name, VerbUsage.Spellings(command)) : "";
        if (!name.StartsWith("--", System.StringComparison.Ordinal) && command is not RootCommand)
        {
            hint += $" (an expression or point that starts with '-' goes after `--`: {VerbUsage.Program} {command.Name} -- {token})";
        }

        return $"unknown option `{name}` for {where}{hint}";
    }

    /// <summary>Whether <paramref name="token"/> is an option of <paramref name="command"/> that takes a value (not a flag).</summary>
    private static bool TakesValue(Command command, Token? token) =>
        token is { Type: TokenType.Option }
        && command.Options.FirstOrDefault(o => o.Name == token.Value || o.Aliases.Contains(token.Value)) is { } option
        && option.ValueType != typeof(bool);

    /// <summary>The tokens up to the first <c>--</c>; after it everything is an expression or a point.</summary>
    private static IEnumerable<Token> TokensBeforeDoubleDash(ParseResult parsed) =>
        parsed.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash);
}
