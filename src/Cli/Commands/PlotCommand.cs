using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using Fractions;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Cli.Plotting;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Commands;

/// <summary>
/// <c>relu plot EXPR… -o FILE.png|FILE.svg [--from A --to B] [--width W --height H]</c>: one picture of
/// one or more one-variable expressions, each its own colour, every breakpoint marked.
/// </summary>
internal static class PlotCommand
{
    private const string Sigma = TextForm.Sigma;

    private const string Help =
        "Draw the graph of one or more expressions of one variable, breakpoints marked, to a PNG or SVG file.";

    public static Command Create(CliConsole console)
    {
        var expressions = new Argument<string[]>("EXPR")
        {
            Description = "One or more expressions of one variable; each gets its own colour and legend entry.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var files = CommonOptions.Files();
        var inputs = CommonOptions.Inputs();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The picture to write; its extension picks the format: .png or .svg.",
            HelpName = "FILE",
            Required = true,
        };
        var from = new Option<string?>("--from") { Description = "Left end of the x-range (with --to). Default: every breakpoint with a margin.", HelpName = "A" };
        var to = new Option<string?>("--to") { Description = "Right end of the x-range (with --from).", HelpName = "B" };
        var diff = new Option<bool>("--diff") { Description = "With two expressions: shade the intervals where they differ (exact, as relu diff finds them)." };
        var width = Size("--width", "W", PlotPicture.DefaultWidth);
        var height = Size("--height", "H", PlotPicture.DefaultHeight);
        var command = new Command("plot", Help)
        {
            expressions,
            files,
            inputs,
            output,
            from,
            to,
            diff,
            width,
            height,
        };
        HelpExamples.Add(
            command,
            $"relu plot \"{Sigma}(x-2) - {Sigma}(x-3)\" -o step.png",
            $"relu plot \"{Sigma}(x-2)\" \"-{Sigma}(x-3)\" \"{Sigma}(x-2) - {Sigma}(x-3)\" -o exercise4.svg --from 0 --to 5");
        command.SetAction(result => CommandGuard.Run(console, result, () => Execute(
            console,
            result.GetValue(files) ?? [],
            result.GetValue(expressions) ?? [],
            result.GetValue(output) ?? "",
            (result.GetValue(from), result.GetValue(to)),
            (result.GetValue(width), result.GetValue(height)),
            result.GetValue(inputs),
            result.GetValue(diff))));
        return command;
    }

    private static Option<int> Size(string name, string helpName, int fallback) => new(name)
    {
        Description = $"Picture {name[2..]} in pixels, {PlotPicture.MinSide} to {PlotPicture.MaxSide}.",
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
    };

    private static int Execute(CliConsole console, string[] files, string[] arguments, string path, (string? From, string? To) ends, (int Width, int Height) size, string? declaredInputs, bool shadeDifference = false)
    {
        // Everything that needs no parsing is checked first, so a typo in an option costs no parse.
        var format = PlotFormats.FromPath(path)
            ?? throw new CliException($"the output file must end in .png or .svg, got `{path}`");
        CheckSide("--width", size.Width);
        CheckSide("--height", size.Height);
        var chosen = ChosenRange(ends.From, ends.To);

        var (inputs, _) = ExpressionInput.Collect(files, arguments, Math.Max(1, files.Length + arguments.Length), console);
        var declared = CommonOptions.ReadInputs(declaredInputs);
        var expressions = inputs.Select(input => CommandGuard.Parse(input, declared)).Select(e => (e.Source, e.Sum, e.Inputs)).ToList();
        if (shadeDifference && expressions.Count != 2)
        {
            throw new CliException($"--diff compares two expressions, but {expressions.Count} {(expressions.Count == 1 ? "was" : "were")} given");
        }

        WritePlot(expressions, chosen, path, format, size, shadeDifference);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Everything after parsing: checks that each expression has at most one input and that they share it,
    /// draws them over the chosen range (else the default one) and writes the file.
    /// </summary>
    internal static void WritePlot(
        IReadOnlyList<(string Source, ReluSum Sum, ImmutableArray<string> Inputs)> expressions,
        PlotRange? chosen,
        string path,
        PlotFormat format,
        (int Width, int Height) size,
        bool shadeDifference = false)
    {
        var functions = new List<PlottedFunction>(expressions.Count);
        foreach (var (source, sum, inputs) in expressions)
        {
            var label = PlotLabels.Shorten(LatexDisplay.ToUnicode(source), PlotLabels.MaxLabel);
            if (inputs.Length > 1)
            {
                throw new CliException($"plot draws functions of one variable; `{label}` has inputs {string.Join(", ", inputs)}");
            }

            functions.Add(new PlottedFunction(label, CanonicalForm.FromReluSum(sum).ToUnivariate()));
        }

        var variable = SharedVariable(expressions.SelectMany(e => e.Inputs));
        var range = chosen ?? PlotRange.Around(functions.Select(f => f.Form));
        var picture = new PlotPicture(PlotLabels.Title(functions.Select(f => f.Label).ToList()), variable, size.Width, size.Height)
        {
            Shaded = shadeDifference ? DifferenceShading.Between(functions[0].Form, functions[1].Form, range) : [],
        };
        Write(path, FunctionPlotter.Render(functions, range, picture, format));
    }

    private static void CheckSide(string option, int pixels)
    {
        if (pixels is < PlotPicture.MinSide or > PlotPicture.MaxSide)
        {
            throw new CliException($"{option} must be between {PlotPicture.MinSide} and {PlotPicture.MaxSide} pixels, got {pixels}");
        }
    }

    /// <summary>The range the user asked for, exact (0.1 means 1/10), or null for the default.</summary>
    private static PlotRange? ChosenRange(string? from, string? to)
    {
        if (from is null && to is null)
        {
            return null;
        }

        if (from is null || to is null)
        {
            throw new CliException("--from and --to go together: give both ends of the range, or neither");
        }

        var range = new PlotRange(Number("--from", from), Number("--to", to));
        if (range.From >= range.To)
        {
            throw new CliException($"--from must be less than --to, got {from} and {to}");
        }

        return range;
    }

    /// <summary>
    /// A number such as <c>-2.5</c>, <c>1.5e-28</c> or <c>1/3</c>, exactly: it is read by the expression
    /// parser, which keeps every digit (a decimal or double would round 1.5e-28 and 2e-28 toward each other).
    /// </summary>
    private static Fraction Number(string option, string text)
    {
        try
        {
            var parsed = Relu.Parse(text);
            if (parsed.Inputs.IsEmpty)
            {
                return parsed.ToUnivariate().Evaluate(Fraction.Zero);
            }
        }
        catch (ReluCompiler.Parser.ReluParseException)
        {
        }

        throw new CliException($"{option} must be a finite number, got `{text}`");
    }

    /// <summary>The variable every function is drawn against: constants fit any, and with none at all it is x.</summary>
    private static string SharedVariable(IEnumerable<string> inputs)
    {
        var names = inputs.Distinct(StringComparer.Ordinal).Order(VariableOrder.Instance).ToList();
        return names.Count switch
        {
            0 => "x",
            1 => names[0],
            _ => throw new CliException($"plot draws every expression against one variable, but they use {string.Join(" and ", names)}"),
        };
    }

    private static void Write(string path, byte[] picture)
    {
        FileMessages.RefuseDirectory("-o", path);
        OutputFile.Write(path, stream => stream.Write(picture));
    }
}
