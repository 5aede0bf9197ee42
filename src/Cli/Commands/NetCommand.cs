using System.CommandLine;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Cli.Output;

namespace ReluCompiler.Cli.Commands;

/// <summary><c>relu net EXPR [--json] [--as-written [--constants-as-units]]</c>: the one-hidden-layer network, smallest by default.</summary>
internal static class NetCommand
{
    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string[]>("EXPR") { Description = "The expression.", Arity = ArgumentArity.ZeroOrMore };
        var files = CommonOptions.Files();
        var inputs = CommonOptions.Inputs();
        var json = new Option<bool>("--json") { Description = "Print the network as JSON: {\"inputs\":[…],\"hidden\":[{\"weights\":[…],\"bias\":…}],\"output\":{\"weights\":[…],\"bias\":…}}." };
        var asWritten = new Option<bool>("--as-written") { Description = "One hidden unit per σ as written, in the order written, instead of the smallest network." };
        var constantsAsUnits = new Option<bool>("--constants-as-units") { Description = "With --as-written: draw a constant c the blog's way, as a unit σ(0·x + c)." };
        var command = new Command("net", "Print the one-hidden-layer network y = Σ aᵢ·σ(wᵢ·x + bᵢ) + c of an expression (the smallest one unless --as-written; a last line says when the compiled engines evaluate it otherwise, because a kink is far).")
        {
            expression,
            files,
            inputs,
            json,
            asWritten,
            constantsAsUnits,
        };
        HelpExamples.Add(
            command,
            "relu net \"σ(x-1) + 1\"",
            "relu net --json \"σ(x) - σ(x-1)\"",
            "relu net --as-written --constants-as-units \"σ(x-1) + 1\"");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
        {
            var parsed = CommandGuard.ParseOne(console, result.GetValue(files), result.GetValue(expression), result.GetValue(inputs));
            var written = result.GetValue(asWritten);
            if (result.GetValue(constantsAsUnits) && !written)
            {
                throw new CliException("--constants-as-units only applies with --as-written");
            }

            var smallest = written ? null : parsed.SmallestNetwork();
            var network = smallest?.Network ?? parsed.AsWrittenNetwork(result.GetValue(constantsAsUnits));
            if (result.GetValue(json))
            {
                console.Out.WriteLine(NetworkJson.Write(network, smallest?.IsProvenMinimal));
                return ExitCodes.Success;
            }

            NetworkText.Write(console.Out, network);

            var units = network.Hidden.Length == 1 ? "1 hidden unit" : $"{network.Hidden.Length} hidden units";
            console.Out.WriteLine(smallest switch
            {
                null => $"{units}, as written",
                { IsProvenMinimal: true } => $"{units}, the fewest possible",
                _ => $"{units}; {smallest.Note ?? $"at least {smallest.LowerBound} {(smallest.LowerBound == 1 ? "is" : "are")} needed"}",
            });
            if (smallest is not null && parsed.EvaluationNetwork().Note is { } evaluation)
            {
                console.Out.WriteLine(evaluation);
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
