using System;
using System.CommandLine;
using ReluCompiler.Cli.Commands;
using ReluCompiler.Cli.Infrastructure;

namespace ReluCompiler.Cli;

/// <summary>
/// The <c>relu</c> command: one verb per job (README, "The command line"). Usage errors exit 2 like bad input,
/// with <c>error:</c> on standard error.
/// </summary>
internal static class ReluCli
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("relu: ReLU sums such as σ(x-1) + 1 as exact one-hidden-layer networks.\n" +
            "Exit codes: 0 success; 1 a negative answer (eq: not equal); 2 bad input or usage; 3 internal error (a bug in relu: please report it).")
        {
            EvalCommand.Create(console),
            CanonCommand.Create(console),
            EqCommand.Create(console),
            NetCommand.Create(console),
            PiecesCommand.Create(console),
            EmitCommand.Create(console),
            PlotCommand.Create(console),
            DrawCommand.Create(console),
            AnalyzeCommand.Create(console),
            DiffCommand.Create(console),
            FitCommand.Create(console),
            ExportCommand.Create(console),
        };

        Analysis.LintHook.Attach(root, console, "canon", "net", "eval", "analyze");
        HelpExamples.Install(root);
        try
        {
            // Response files off: `@file` is an expression or a point, never a request to read a file
            // (and echo its content in an error).
            var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            // --help and --version clear parse errors (a required option may be missing while asking for help).
            if (parsed.Action is not { ClearsParseErrors: true })
            {
                var problems = StrictArguments.Problems(parsed);
                if (problems.Count > 0)
                {
                    foreach (var problem in problems)
                    {
                        ErrorRenderer.Write(console.Error, problem);
                    }

                    console.Error.Write(VerbUsage.Of(parsed.CommandResult.Command));
                    return ExitCodes.BadInput;
                }
            }

            var exitCode = parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
            console.Out.Flush();
            return exitCode;
        }
        catch (OutputClosedException)
        {
            // The reader went away (`relu eval … | head -1`): it has every line it wanted.
            return ExitCodes.Success;
        }
        catch (Exception e)
        {
            FlushQuietly(console);
            return InternalError.Report(console.Error, e);
        }
    }

    /// <summary>Writes whatever results came before an internal error; a closed standard output has nothing to lose.</summary>
    private static void FlushQuietly(CliConsole console)
    {
        try
        {
            console.Out.Flush();
        }
        catch (Exception e) when (e is OutputClosedException or System.IO.IOException)
        {
        }
    }
}
