using System.CommandLine;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Cli.Output;

namespace ReluCompiler.Cli.Commands;

/// <summary><c>relu canon EXPR</c>: the canonical form on one line; it parses back to itself.</summary>
internal static class CanonCommand
{
    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string[]>("EXPR") { Description = "The expression.", Arity = ArgumentArity.ZeroOrMore };
        var files = CommonOptions.Files();
        var inputs = CommonOptions.Inputs();
        var command = new Command("canon", "Print the canonical form c + m·x + Σ dₖ·σ(x − tₖ) (several variables: normalized hyperplanes). Two expressions are the same function exactly when their canonical forms are the same text.")
        {
            expression,
            files,
            inputs,
        };
        HelpExamples.Add(
            command,
            "relu canon \"σ(1 × x - 1) + σ(0 × x + 1)\"      # 1 + σ(x - 1)");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
        {
            CanonicalText.WriteLine(console.Out, CommandGuard.ParseOne(console, result.GetValue(files), result.GetValue(expression), result.GetValue(inputs)).Canonical);
            return ExitCodes.Success;
        }));
        return command;
    }
}
