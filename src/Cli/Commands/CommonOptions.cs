using System.CommandLine;

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
}
