using System.CommandLine;
using System.IO;
using ReluCompiler.Cli.Analysis;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Cli.Output;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;

namespace ReluCompiler.Cli.Commands;

/// <summary>
/// <c>relu fit [POINTS] [--max-units N] [--json]</c>: the network through exact points, printed as an
/// expression <c>eq</c> accepts (alone on standard output, so <c>$(relu fit …)</c> can be passed on);
/// with <c>--max-units</c>, the best fit with that many units and its error.
/// </summary>
internal static class FitCommand
{
    public static Command Create(CliConsole console)
    {
        var points = new Argument<string?>("POINTS") { Description = "A file of x,y (or x y) pairs, one a line, exact numbers such as 1/3 or 0.25; '#' starts a comment line. Standard input when missing or '-'.", Arity = ArgumentArity.ZeroOrOne };
        var maxUnits = new Option<int?>("--max-units") { Description = $"At most N hidden units: the best fit through a subset of the points, chosen by dynamic programming for the smallest largest error at the points (at most {PointFit.MaxBudgetedPoints} points).", HelpName = "N" };
        var json = new Option<bool>("--json") { Description = "Print {\"expression\":…,\"units\":…,\"minimal\":…,\"maxError\":…,\"knots\":[…],\"method\":…}." };
        var command = new Command("fit", "The smallest network through points (the piecewise-linear interpolant, flat outside them), printed as an expression; with --max-units N, the best fit with at most N units and its largest error.")
        {
            points,
            maxUnits,
            json,
        };
        HelpExamples.Add(
            command,
            "printf '0,0\\n1,1\\n2,0\\n' | relu fit",
            "relu fit samples.csv --max-units 3");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
        {
            var path = result.GetValue(points);
            var budget = result.GetValue(maxUnits);
            if (budget is < 0)
            {
                throw new CliException($"--max-units {budget}: the number of units cannot be negative");
            }

            var data = path is null or "-" ? PointsFile.Read(console.In, "standard input") : ReadFile(path);
            if (budget is not null && data.Count > PointFit.MaxBudgetedPoints)
            {
                throw new CliException($"--max-units takes at most {PointFit.MaxBudgetedPoints} points; {data.Count} were given");
            }

            var fit = Relu.Fit(data, budget);
            var units = fit.Network.Network.Hidden.Length;
            if (result.GetValue(json))
            {
                console.Out.WriteLine(ExactJson.Object((numbers, writer) =>
                {
                    writer.WriteString("expression", fit.Form.ToString());
                    writer.WriteNumber("units", units);
                    writer.WriteBoolean("minimal", fit.Network.IsProvenMinimal);
                    writer.WritePropertyName("maxError");
                    numbers.Number(fit.MaxError);
                    writer.WriteStartArray("knots");
                    foreach (var knot in fit.Knots)
                    {
                        numbers.Number(knot);
                    }

                    writer.WriteEndArray();
                    writer.WriteString("method", fit.Method);
                }));
                return ExitCodes.Success;
            }

            console.Out.WriteLine(fit.Form.ToString());
            console.Out.Flush(); // the expression first, then the summary, also when both go to one terminal
            var plural = units == 1 ? "1 hidden unit" : $"{units} hidden units";
            var error = fit.IsInterpolant ? $"through all {data.Count} points" : $"largest error {ExactMath.Format(fit.MaxError)} at the {data.Count} points, through {fit.Knots.Count} of them";
            console.Error.WriteLine($"fit: {plural}{(fit.Network.IsProvenMinimal ? " (the fewest for this function)" : "")}, {error}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static System.Collections.Generic.List<DataPoint> ReadFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path, CliConsole.StrictUtf8, detectEncodingFromByteOrderMarks: false);
            return PointsFile.Read(reader, path);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
        catch (System.UnauthorizedAccessException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
    }
}
