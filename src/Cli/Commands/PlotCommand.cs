using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
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
            width,
            height,
        };
        HelpExamples.Add(
            command,
            $"relu plot \"{Sigma}(x-2) - {Sigma}(x-3)\" -o step.png",
            $"relu plot \"{Sigma}(x-2)\" \"-{Sigma}(x-3)\" \"{Sigma}(x-2) - {Sigma}(x-3)\" -o exercise4.svg --from 0 --to 5");
        command.SetAction(result => CommandGuard.Run(console, () => Execute(
            console,
            result.GetValue(files) ?? [],
            result.GetValue(expressions) ?? [],
            result.GetValue(output) ?? "",
            (result.GetValue(from), result.GetValue(to)),
            (result.GetValue(width), result.GetValue(height)),
            result.GetValue(inputs))));
        return command;
    }

    private static Option<int> Size(string name, string helpName, int fallback) => new(name)
    {
        Description = $"Picture {name[2..]} in pixels, {PlotPicture.MinSide} to {PlotPicture.MaxSide}.",
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
    };

    private static int Execute(CliConsole console, string[] files, string[] arguments, string path, (string? From, string? To) ends, (int Width, int Height) size, string? declaredInputs)
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
        WritePlot(expressions, chosen, path, format, size);
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
        (int Width, int Height) size)
    {
        var functions = new List<PlottedFunction>(expressions.Count);
        foreach (var (source, sum, inputs) in expressions)
        {
            var label = PlotLabels.Shorten(source, PlotLabels.MaxLabel);
            if (inputs.Length > 1)
            {
                throw new CliException($"plot draws functions of one variable; `{label}` has inputs {string.Join(", ", inputs)}");
            }

            functions.Add(new PlottedFunction(label, UnivariateForm.FromReluSum(sum)));
        }

        var variable = SharedVariable(expressions.SelectMany(e => e.Inputs));
        var range = chosen ?? PlotRange.Around(functions.Select(f => f.Form));
        var picture = new PlotPicture(PlotLabels.Title(functions.Select(f => f.Label).ToList()), variable, size.Width, size.Height);
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

    /// <summary>A decimal such as <c>-2.5</c> or <c>1e-3</c> exactly; past decimal's range or precision, the double's exact value.</summary>
    private static Fraction Number(string option, string text)
    {
        var isDouble = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);

        // decimal keeps 28 decimal places: 1.5e-28 becomes 2e-28. Its value is used only where it agrees
        // with the double's, so that nothing finer than a double can see is ever lost.
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && (!isDouble || (double)exact == value))
        {
            return new Fraction(exact);
        }

        if (isDouble)
        {
            return Fraction.FromDouble(value);
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
        OutputFile.Write(path, stream => stream.Write(picture));
    }
}
