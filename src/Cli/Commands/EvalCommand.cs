using System;
using System.Collections.Immutable;
using System.CommandLine;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Commands;

/// <summary>
/// <c>relu eval EXPR [POINT…]</c>: f at each point, one line each; with no points, one point a line
/// from standard input, streamed (a million lines never sit in memory at once).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string[]>("EXPR POINT")
        {
            Description = "The expression, then the points: one number each for one input, comma-separated values in input order for several (e.g. 1,2). A constant takes any point (or an empty one) and prints its value for each. With -f, every argument is a point.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var files = CommonOptions.Files();
        var inputs = CommonOptions.Inputs();
        var engine = new Option<string>("--engine")
        {
            Description = "With --raw, the engine whose double is printed: il: a compiled IL delegate (default; the NativeAOT build, which cannot emit IL, runs the precompiled first tier, the same bits); interpreter: the reference evaluator; roslyn: generated C# compiled in memory (not in the NativeAOT build). All evaluate the network relu net names (the smallest, or the one its last line gives); interpreter sums its units in a fixed order, and il and roslyn do the same bit for bit except for one-variable networks with many breakpoints or a far kink, where they look the point up in the table of linear pieces. Without --raw every engine prints the correctly rounded value.",
            HelpName = string.Join("|", EngineFactory.Names),
            DefaultValueFactory = _ => EngineFactory.Names[0],
        };
        engine.AcceptOnlyFromAmong(EngineFactory.Names);
        var raw = new Option<bool>("--raw")
        {
            Description = "Print the engine's own double (rounding errors included) instead of the exact value rounded once.",
        };
        var command = new Command("eval", "Evaluate an expression at points given as arguments, or one point a line from standard input. Each result is the exact value rounded once to the nearest double.")
        {
            expression,
            files,
            inputs,
            engine,
            raw,
        };
        HelpExamples.Add(
            command,
            "relu eval \"σ(x-1) + 1\" 0 1 2",
            "relu eval \"max(x, y)\" 1,2 3,-4",
            "seq 0 10 | relu eval \"σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)\"");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
            Execute(console, result.GetValue(files) ?? [], result.GetValue(expression) ?? [], result.GetValue(engine) ?? EngineFactory.Names[0], result.GetValue(inputs), result.GetValue(raw))));
        return command;
    }

    private static int Execute(CliConsole console, string[] files, string[] arguments, string engine, string? declaredInputs, bool raw)
    {
        var declared = CommonOptions.ReadInputs(declaredInputs);
        var (inputs, points) = ExpressionInput.Collect(files, arguments, 1, console);
        var parsed = CommandGuard.Parse(inputs[0], declared);
        var evaluate = EngineFactory.Create(parsed, engine, raw);
        var point = new double[parsed.Inputs.Length];

        for (var i = 0; i < points.Count; i++)
        {
            var reason = PointParser.TryParse(points[i], parsed.Inputs, point);
            if (reason is not null)
            {
                throw new CliException($"point {i + 1}: {reason}");
            }

            console.Out.WriteLine(ExactMath.Format(evaluate(point)));
        }

        if (points.Count > 0)
        {
            return ExitCodes.Success;
        }

        // With no points, standard input gives them; when it cannot (a terminal, or it held the
        // expression), a function of no inputs needs none and prints its value once.
        var inputTaken = inputs[0].Origin == "standard input";
        if (parsed.Inputs.IsEmpty && (inputTaken || console.InputIsTerminal))
        {
            console.Out.WriteLine(ExactMath.Format(evaluate(point)));
            return ExitCodes.Success;
        }

        if (inputTaken)
        {
            throw new CliException("the expression was read from standard input, so the points must be given as arguments");
        }

        return StreamPoints(console, parsed.Inputs, evaluate, point);
    }

    /// <summary>One point a line; a blank line gives a blank line so output lines match input lines.</summary>
    private static int StreamPoints(CliConsole console, ImmutableArray<string> inputs, Func<double[], double> evaluate, double[] point)
    {
        var lines = new PointLines(console.InputBytes, "standard input");
        string? line;
        while ((line = lines.Next()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                console.Out.WriteLine();
                continue;
            }

            var reason = PointParser.TryParse(line, inputs, point);
            if (reason is not null)
            {
                throw new CliException($"standard input, line {lines.LineNumber}: {reason}");
            }

            console.Out.WriteLine(ExactMath.Format(evaluate(point)));
        }

        return ExitCodes.Success;
    }
}
