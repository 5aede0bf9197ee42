using System.CommandLine;
using System.Linq;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Commands;

/// <summary>
/// <c>relu eq EXPR1 EXPR2</c>: <c>equal</c> (exit 0), or <c>not equal</c> with an exact witness and both
/// values (exit 1).
/// </summary>
internal static class EqCommand
{
    public static Command Create(CliConsole console)
    {
        var expressions = new Argument<string[]>("EXPR1 EXPR2") { Description = "The two expressions (or fewer, with -f FILE for the others).", Arity = ArgumentArity.ZeroOrMore };
        var files = CommonOptions.Files();
        var command = new Command("eq", "Decide exactly whether two expressions are the same function. Prints 'equal' (exit 0), or 'not equal' with a point where they differ and both values there (exit 1).")
        {
            expressions,
            files,
        };
        HelpExamples.Add(
            command,
            "relu eq \"σ(x) - σ(-x)\" \"x\"",
            "relu eq \"σ(x-1) + 1\" \"σ(x)\"");
        command.SetAction(result => CommandGuard.Run(console, () =>
        {
            var (inputs, _) = ExpressionInput.Collect(result.GetValue(files) ?? [], result.GetValue(expressions) ?? [], 2, console);
            var left = CommandGuard.Parse(inputs[0]);
            var right = CommandGuard.Parse(inputs[1]);
            var answer = Relu.Equivalent(left, right);
            if (answer.IsEqual)
            {
                console.Out.WriteLine("equal");
                return ExitCodes.Success;
            }

            console.Out.WriteLine("not equal");
            foreach (var (name, value) in answer.Variables.Zip(answer.WitnessValues))
            {
                console.Out.WriteLine($"  {name} = {ExactMath.Format(value)}");
            }

            console.Out.WriteLine($"  left = {ExactMath.Format(answer.LeftValue!.Value)}, right = {ExactMath.Format(answer.RightValue!.Value)}");
            return ExitCodes.NegativeAnswer;
        }));
        return command;
    }
}
