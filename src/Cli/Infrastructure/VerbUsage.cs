using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// The short usage printed after a usage error: the verb's own synopsis and options, not the root's
/// help, so the fix is on screen next to the mistake.
/// <code>
/// usage: relu net [options] [--] [EXPR]
/// options: -f, --file FILE; --json; --as-written; --constants-as-units
/// Run 'relu net --help' for details.
/// </code>
/// </summary>
internal static class VerbUsage
{
    /// <summary>The program's name as users type it (the root command's own name is the host's file name).</summary>
    public const string Program = "relu";

    public static string Of(Command command)
    {
        if (command is RootCommand)
        {
            var verbs = string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            return $"usage: {Program} VERB [options] [--] ARGUMENTS\nverbs: {verbs}\nRun '{Program} --help' for details.\n";
        }

        var text = new StringBuilder();
        text.Append("usage: ").Append(Program).Append(' ').Append(command.Name).Append(" [options] [--]");
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var many = argument.Arity.MaximumNumberOfValues > 1 ? "..." : "";
            text.Append(argument.Arity.MinimumNumberOfValues == 0 ? $" [{argument.Name}{many}]" : $" {argument.Name}{many}");
        }

        text.Append('\n');
        var options = command.Options.Where(o => !o.Hidden && o.Name is not "--help" and not "--version").Select(Describe).ToList();
        if (options.Count > 0)
        {
            text.Append("options: ").Append(string.Join("; ", options)).Append('\n');
        }

        return text.Append($"Run '{Program} {command.Name} --help' for details.\n").ToString();
    }

    /// <summary>Every spelling of every option of <paramref name="command"/>.</summary>
    public static IEnumerable<string> Spellings(Command command) =>
        command.Options.SelectMany(o => o.Aliases.Prepend(o.Name));

    private static string Describe(Option option)
    {
        var names = string.Join(", ", option.Aliases.Where(a => a.Length == 2).Append(option.Name));
        var takesValue = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
        return takesValue ? $"{names} {option.HelpName ?? "VALUE"}" : names;
    }
}
