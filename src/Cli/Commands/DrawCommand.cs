using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using Fractions;
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
    private const string Sigma = "\u03C3"; // σ

    private const string Help =
        $"Print the one-hidden-layer network of an expression as a graph: inputs, hidden units {Sigma} with their biases, the output with its bias, edges labelled with weights.\n\n" +
        "Examples:\n" +
        $"  relu draw \"{Sigma}(x-1) + 1\"\n" +
        $"  relu draw \"{Sigma}(x) - {Sigma}(x-1)\" --format mermaid\n" +
        $"  relu draw \"{Sigma}(1*x - 1) + {Sigma}(0*x + 1)\" --as-written | dot -Tpng > net.png";

    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string[]>("EXPR")
        {
            Description = "The expression whose network to draw (or give it with -f FILE).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var files = CommonOptions.Files();
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
        var command = new Command("draw", Help)
        {
            expression,
            files,
            format,
            asWritten,
        };
        command.SetAction(result => CommandGuard.Run(console, () => Execute(
            console,
            result.GetValue(files) ?? [],
            result.GetValue(expression) ?? [],
            result.GetValue(format) ?? Dot,
            result.GetValue(asWritten))));
        return command;
    }

    private static int Execute(CliConsole console, string[] files, string[] arguments, string format, bool asWritten)
    {
        var (inputs, _) = ExpressionInput.Collect(files, arguments, 1, console);
        var parsed = CommandGuard.Parse(inputs[0]);
        var diagram = NetworkDiagram.Of(BuildNetwork(parsed.Sum, parsed.Inputs, asWritten));
        console.Out.Write(format == Mermaid ? MermaidWriter.Write(diagram) : DotWriter.Write(diagram));
        return ExitCodes.Success;
    }

    // TODO(merge): use NetworkBuilder.Smallest/AsWritten from src/Ir/Networks once merged: asWritten ?
    // AsWritten(…) : Smallest(…). Until then both views draw the as-written network.
    private static Network BuildNetwork(ReluSum sum, ImmutableArray<string> inputs, bool asWritten) =>
        asWritten ? AsWritten(sum, inputs) : AsWritten(sum, inputs);

    /// <summary>
    /// TODO(merge): use NetworkBuilder.Smallest/AsWritten from src/Ir/Networks once merged.
    /// A stand-in: one unit per ReLU term in written order (weights of its argument in input order, bias
    /// its constant, output weight its coefficient); the constant becomes the output bias; a linear
    /// part v becomes σ(v) − σ(−v), two units with output weights 1 and −1.
    /// </summary>
    internal static Network AsWritten(ReluSum sum, ImmutableArray<string> inputs)
    {
        var units = ImmutableArray.CreateBuilder<HiddenUnit>();
        foreach (var term in sum.Terms)
        {
            units.Add(new HiddenUnit(Weights(term.Argument, inputs), term.Argument.Constant, term.Coefficient));
        }

        if (!sum.Affine.IsConstant)
        {
            var linear = Weights(sum.Affine, inputs);
            units.Add(new HiddenUnit(linear, Fraction.Zero, Fraction.One));
            units.Add(new HiddenUnit(linear.Select(w => -w).ToImmutableArray(), Fraction.Zero, Fraction.MinusOne));
        }

        return new Network(inputs, units.ToImmutable(), sum.Affine.Constant);
    }

    private static ImmutableArray<Fraction> Weights(AffineForm form, ImmutableArray<string> inputs) =>
        inputs.Select(form.CoefficientOf).ToImmutableArray();
}
