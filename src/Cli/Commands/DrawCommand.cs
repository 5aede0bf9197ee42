using System.CommandLine;
using ReluCompiler.Cli.Drawing;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Commands;

/// <summary>
/// <c>relu draw EXPR [--format dot|mermaid] [--as-written]</c>: the network as a graph like the blog's
/// pictures, printed as Graphviz DOT (default) or a Mermaid flowchart.
/// </summary>
internal static class DrawCommand
{
    private const string Dot = "dot";
    private const string Mermaid = "mermaid";
    private const string Sigma = TextForm.Sigma;

    private const string Help =
        $"Print the one-hidden-layer network of an expression as a graph: inputs, hidden units {Sigma} with their biases, the output with its bias, edges labelled with weights.";

    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string[]>("EXPR")
        {
            Description = "The expression whose network to draw (or give it with -f FILE).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var files = CommonOptions.Files();
        var inputs = CommonOptions.Inputs();
        var format = new Option<string>("--format")
        {
            Description = "dot (Graphviz: relu draw EXPR | dot -Tsvg > net.svg) or mermaid (renders in Markdown).",
            HelpName = "dot|mermaid",
            DefaultValueFactory = _ => Dot,
        };
        format.AcceptOnlyFromAmong(Dot, Mermaid);
        var asWritten = new Option<bool>("--as-written")
        {
            Description = $"One hidden unit per {Sigma} in the order written (the blog's pictures), instead of the smallest network.",
        };
        var constantsAsUnits = new Option<bool>("--constants-as-units")
        {
            Description = $"With --as-written: draw a constant c the blog's way, as a unit {Sigma}(0·x + c).",
        };
        var command = new Command("draw", Help)
        {
            expression,
            files,
            inputs,
            format,
            asWritten,
            constantsAsUnits,
        };
        HelpExamples.Add(
            command,
            $"relu draw \"{Sigma}(x-1) + 1\"",
            $"relu draw \"{Sigma}(x) - {Sigma}(x-1)\" --format mermaid",
            $"relu draw \"{Sigma}(1*x - 1) + {Sigma}(0*x + 1)\" --as-written | dot -Tpng > net.png");
        command.SetAction(result => CommandGuard.Run(console, result, () => Execute(
            console,
            result.GetValue(files) ?? [],
            result.GetValue(expression) ?? [],
            result.GetValue(inputs),
            result.GetValue(format) ?? Dot,
            result.GetValue(asWritten),
            result.GetValue(constantsAsUnits))));
        return command;
    }

    private static int Execute(CliConsole console, string[] files, string[] arguments, string? declaredInputs, string format, bool asWritten, bool constantsAsUnits)
    {
        if (constantsAsUnits && !asWritten)
        {
            throw new CliException("--constants-as-units only applies with --as-written");
        }

        var parsed = CommandGuard.ParseOne(console, files, arguments, declaredInputs);
        var network = asWritten ? parsed.AsWrittenNetwork(constantsAsUnits) : parsed.SmallestNetwork().Network;
        var diagram = NetworkDiagram.Of(network);
        console.Out.Write(format == Mermaid ? MermaidWriter.Write(diagram) : DotWriter.Write(diagram));
        return ExitCodes.Success;
    }
}
