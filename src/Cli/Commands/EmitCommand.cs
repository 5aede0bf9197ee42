using System;
using System.CommandLine;
using System.IO;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.CSharp;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Commands;

/// <summary><c>relu emit EXPR [--class NAME] [--namespace NS] [--piece-table] [-o FILE]</c>: C# source for the smallest network.</summary>
internal static class EmitCommand
{
    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string[]>("EXPR") { Description = "The expression.", Arity = ArgumentArity.ZeroOrMore };
        var files = CommonOptions.Files();
        var inputs = CommonOptions.Inputs();
        var className = new Option<string>("--class") { Description = "The generated static class's name (a C# identifier).", HelpName = "NAME", DefaultValueFactory = _ => "ReluNetwork" };
        var ns = new Option<string?>("--namespace") { Description = "The namespace to put it in (dotted C# identifiers); none by default.", HelpName = "NS" };
        var pieceTable = new Option<bool>("--piece-table") { Description = "One input only: always evaluate through the table of linear pieces with a binary search (accurate far from the origin, O(log K)); by default the table is chosen past 16 units, as for the compiled delegate." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the source to FILE instead of standard output.", HelpName = "FILE" };
        var command = new Command("emit", "Print C# source for the expression's smallest one-hidden-layer network: a static class with double Evaluate(double x) (parameters named after the inputs) and, for one input, a batch overload.")
        {
            expression,
            files,
            inputs,
            className,
            ns,
            pieceTable,
            output,
        };
        HelpExamples.Add(
            command,
            "relu emit \"σ(x-1) + 1\"",
            "relu emit \"σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)\" --class Staircase --namespace Demo -o Staircase.cs");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
        {
            var parsed = CommandGuard.ParseOne(console, result.GetValue(files), result.GetValue(expression), result.GetValue(inputs));
            if (result.GetValue(pieceTable) && parsed.Inputs.Length != 1)
            {
                throw new CliException($"--piece-table needs a function of one variable, but {(parsed.Inputs.IsEmpty ? "this one has no input" : "this one has inputs " + string.Join(", ", parsed.Inputs))}");
            }

            string source;
            try
            {
                source = parsed.EmitCSharp(new CSharpEmitOptions
                {
                    ClassName = result.GetValue(className) ?? "ReluNetwork",
                    Namespace = result.GetValue(ns),
                    Strategy = result.GetValue(pieceTable) ? EvaluationStrategy.PieceTable : EvaluationStrategy.Automatic,
                });
            }
            catch (ArgumentException e)
            {
                throw new CliException(FileMessages.Of(e));
            }

            Write(console, result.GetValue(output), source);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(CliConsole console, string? path, string source)
    {
        if (path is null)
        {
            console.Out.Write(source);
            return;
        }

        FileMessages.RefuseDirectory("-o", path);
        OutputFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, CliConsole.StrictUtf8, leaveOpen: true);
            writer.Write(source);
        });
    }
}
