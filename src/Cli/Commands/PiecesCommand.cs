using System.CommandLine;
using System.Text;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Cli.Output;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Commands;

/// <summary>
/// <c>relu pieces EXPR</c>: a one-variable function as its linear pieces, left to right, one a line:
/// <c>[0, 1]  y = x</c>. Bounds and formulas are exact.
/// </summary>
internal static class PiecesCommand
{
    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string[]>("EXPR") { Description = "The expression (one variable).", Arity = ArgumentArity.ZeroOrMore };
        var files = CommonOptions.Files();
        var inputs = CommonOptions.Inputs();
        var json = new Option<bool>("--json") { Description = "Print {\"variable\":…,\"pieces\":[{\"from\":…,\"to\":…,\"slope\":…,\"intercept\":…}],\"exact\":…} (null bounds are infinite)." };
        var command = new Command("pieces", "List the linear pieces of a one-variable expression, interval by interval.")
        {
            expression,
            files,
            inputs,
            json,
        };
        HelpExamples.Add(
            command,
            "relu pieces \"σ(x) - σ(x-1)\"");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
        {
            var parsed = CommandGuard.ParseOne(console, result.GetValue(files), result.GetValue(expression), result.GetValue(inputs));
            if (parsed.Inputs.Length > 1)
            {
                throw new CliException($"pieces needs a function of one variable; `{parsed.Source}` has inputs {string.Join(", ", parsed.Inputs)}");
            }

            var form = parsed.ToUnivariate();
            if (result.GetValue(json))
            {
                console.Out.WriteLine(Json(form));
                return ExitCodes.Success;
            }

            foreach (var piece in form.Pieces())
            {
                console.Out.WriteLine(Describe(piece, form.Variable ?? "x"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary><c>(-∞, 0]  y = 0</c>, <c>[0, 1]  y = 2*x - 1/2</c>, <c>(-∞, +∞)  y = x</c>.</summary>
    internal static string Describe(LinearPiece piece, string variable)
    {
        var text = new StringBuilder();
        text.Append(piece.From is { } from ? "[" + ExactMath.Format(from) : "(-\u221E") // ∞
            .Append(", ")
            .Append(piece.To is { } to ? ExactMath.Format(to) + "]" : "+\u221E)") // ∞
            .Append("  y = ")
            .Append(AffineForm.Create([new LinearTerm(variable, piece.Slope)], piece.Intercept));
        return text.ToString();
    }

    /// <summary>Each piece's bounds (null for ∞) and its line y = slope·x + intercept.</summary>
    private static string Json(UnivariateView form) => ExactJson.Object((numbers, json) =>
    {
        json.WriteString("variable", form.Variable ?? "x");
        json.WriteStartArray("pieces");
        foreach (var piece in form.Pieces())
        {
            json.WriteStartObject();
            json.WritePropertyName("from");
            numbers.NumberOrNull(piece.From);
            json.WritePropertyName("to");
            numbers.NumberOrNull(piece.To);
            json.WritePropertyName("slope");
            numbers.Number(piece.Slope);
            json.WritePropertyName("intercept");
            numbers.Number(piece.Intercept);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });
}
