using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Cli.Output;
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
        var expressions = new Argument<string[]>("EXPR1 EXPR2") { Description = "The two expressions (or fewer, with -f FILE for the others), or one equation A = B.", Arity = ArgumentArity.ZeroOrMore };
        var files = CommonOptions.Files();
        var inputs = CommonOptions.Inputs();
        var json = new Option<bool>("--json") { Description = "Print {\"equal\":…,\"witness\":{name:value…},\"left\":…,\"right\":…,\"exact\":…} instead of text (same exit codes)." };
        var command = new Command("eq", "Decide exactly whether two expressions are the same function. Prints 'equal' (exit 0), or 'not equal' with a point where they differ and both values there (exit 1).")
        {
            expressions,
            files,
            inputs,
            json,
        };
        HelpExamples.Add(
            command,
            "relu eq \"σ(x) - σ(-x)\" \"x\"",
            "relu eq \"σ(x-1) + 1\" \"σ(x)\"",
            "relu eq \"max(0, x) = σ(x)\"");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
        {
            var (left, right) = Sides(console, result.GetValue(files) ?? [], result.GetValue(expressions) ?? [], CommonOptions.ReadInputs(result.GetValue(inputs)));
            var answer = Relu.Equivalent(left, right);
            if (result.GetValue(json))
            {
                console.Out.WriteLine(Json(answer));
                return answer.IsEqual ? ExitCodes.Success : ExitCodes.NegativeAnswer;
            }

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

    /// <summary>The two expressions, or the two sides of the one equation given (a text with `=`, which is only ever the equals sign).</summary>
    private static (ReluExpression Left, ReluExpression Right) Sides(CliConsole console, string[] files, string[] arguments, IReadOnlyList<string>? declared)
    {
        if (files.Length + arguments.Length == 1)
        {
            var (single, _) = ExpressionInput.Collect(files, arguments, 1, console);
            return single[0].Text.Contains('=', StringComparison.Ordinal)
                ? CommandGuard.ParseEquation(single[0], declared)
                : throw new UsageException("this verb compares two expressions, but one was given (or give one equation `A = B`)");
        }

        var (inputs, rest) = ExpressionInput.Collect(files, arguments, 2, console);
        ExpressionInput.RejectExtra(rest, "compares two expressions");
        return (CommandGuard.Parse(inputs[0], declared), CommandGuard.Parse(inputs[1], declared));
    }

    /// <summary><c>{"equal":false,"witness":{"x":0},"left":1,"right":0,"exact":true}</c>; witness, left and right are null when equal.</summary>
    private static string Json(EquivalenceResult answer) => ExactJson.Object((numbers, json) =>
    {
        json.WriteBoolean("equal", answer.IsEqual);
        json.WritePropertyName("witness");
        if (answer.IsEqual)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            foreach (var (name, value) in answer.Variables.Zip(answer.WitnessValues))
            {
                json.WritePropertyName(name);
                numbers.Number(value);
            }

            json.WriteEndObject();
        }

        json.WritePropertyName("left");
        numbers.NumberOrNull(answer.LeftValue);
        json.WritePropertyName("right");
        numbers.NumberOrNull(answer.RightValue);
    });
}
