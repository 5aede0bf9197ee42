using System.CommandLine;
using ReluCompiler.Cli.Commands;
using ReluCompiler.Cli.Infrastructure;

namespace ReluCompiler.Cli;

/// <summary>
/// The <c>relu</c> command: one verb per job (DESIGN §4). Usage errors exit 2 like bad input,
/// with <c>error:</c> on standard error.
/// </summary>
internal static class ReluCli
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("relu: ReLU sums such as σ(x-1) + 1 as exact one-hidden-layer networks.")
        {
            EvalCommand.Create(console),
            CanonCommand.Create(console),
            EqCommand.Create(console),
            NetCommand.Create(console),
            PiecesCommand.Create(console),
            EmitCommand.Create(console),
            PlotCommand.Create(console),
            DrawCommand.Create(console),
            ExportCommand.Create(console),
        };

        HelpExamples.Install(root);
        var parsed = root.Parse(args);
        try
        {
            // --help and --version clear parse errors (a required option may be missing while asking for help).
            if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
            {
                foreach (var error in parsed.Errors)
                {
                    ErrorRenderer.Write(console.Error, error.Message);
                }

                console.Error.WriteLine("Run 'relu --help' for usage.");
                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
        }
        finally
        {
            console.Out.Flush();
        }
    }
}
