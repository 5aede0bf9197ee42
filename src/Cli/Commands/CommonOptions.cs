using System;
using System.Collections.Generic;
using System.CommandLine;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Parser;

namespace ReluCompiler.Cli.Commands;

/// <summary>Options several verbs share, built fresh per command so each help page lists its own.</summary>
internal static class CommonOptions
{
    /// <summary><c>-f FILE</c>: read an expression from a file, <c>-</c> for standard input; repeatable.</summary>
    public static Option<string[]> Files() => new("--file", "-f")
    {
        Description = "Read the expression from FILE instead of the command line ('-' reads standard input). An OS caps one argument at about 128 KiB; files have no such cap. FILE may also be a network: an ONNX model (.onnx) or the JSON of 'relu net --json' (.json).",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--inputs y,x</c>: the inputs and their order, on every verb that takes an expression.</summary>
    public static Option<string> Inputs() => new("--inputs")
    {
        Description = "The inputs in order, comma-separated (e.g. y,x): points, parameters and witnesses follow it. Inputs may be absent from the expression; a variable not listed is an error. Default: the variables written, in natural order (x2 before x10).",
        HelpName = "NAMES",
    };

    /// <summary>The names <c>--inputs</c> gives (none for an empty value), or null when it was not given.</summary>
    public static IReadOnlyList<string>? ReadInputs(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var names = value.Trim().Length == 0 ? [] : Array.ConvertAll(value.Split(','), name => name.Trim());
        return ReluParser.CheckInputs(names) is { } reason ? throw new CliException($"--inputs: {reason}") : names;
    }
}
