using System.CommandLine;
using System.Linq;
using ReluCompiler.Cli.Analysis;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Cli.Output;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;

namespace ReluCompiler.Cli.Commands;

/// <summary>
/// <c>relu diff A B [--on A,B] [--json]</c>: where two functions differ, interval by interval, and the
/// largest |A − B| with where it is reached; exit 0 when equal (on the domain), 1 when they differ, like <c>eq</c>.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var expressions = new Argument<string[]>("A B") { Description = "The two expressions (or fewer, with -f FILE for the others).", Arity = ArgumentArity.ZeroOrMore };
        var files = CommonOptions.Files();
        var on = DomainOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the difference as JSON (same exit codes)." };
        var command = new Command("diff", "Where two expressions differ and by how much: one variable, every interval where A ≠ B with which is larger, and the largest |A − B| with where it is reached (exact); several variables, a witness and the largest |A − B| on the box given by --on. Exit 0 when equal, 1 when they differ.")
        {
            expressions,
            files,
            on,
            json,
        };
        HelpExamples.Add(
            command,
            "relu diff \"|x|\" \"σ(x) + σ(-x) - σ(x - 1)\"",
            "relu diff \"min(x, 1)\" \"x - σ(x - 1)\" --on 0,2");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
        {
            var domain = DomainOption.Parse(result.GetValue(on));
            var (inputs, _) = ExpressionInput.Collect(result.GetValue(files) ?? [], result.GetValue(expressions) ?? [], 2, console);
            var left = CommandGuard.Parse(inputs[0]);
            var right = CommandGuard.Parse(inputs[1]);
            var diff = Relu.Diff(left, right, domain);
            if (result.GetValue(json))
            {
                console.Out.WriteLine(Json(diff, left, right));
            }
            else
            {
                foreach (var line in Lines(diff, left, right, domain))
                {
                    console.Out.WriteLine(line);
                }
            }

            return diff.IsEqual ? ExitCodes.Success : ExitCodes.NegativeAnswer;
        }));
        return command;
    }

    private static System.Collections.Generic.IEnumerable<string> Lines(DifferenceAnalysis diff, ReluExpression left, ReluExpression right, AnalysisDomain domain)
    {
        var where = domain.From is null && domain.To is null ? "" : " on " + domain + (diff.Multivariate is null ? "" : " each");
        if (diff.IsEqual)
        {
            yield return "equal" + where;
            yield break;
        }

        yield return "not equal" + where;
        if (diff.Univariate is { } one)
        {
            var x = one.Variable;
            foreach (var part in diff.Differs)
            {
                yield return $"  A {(part.Sign > 0 ? ">" : "<")} B for {part.Where.Describe(x)}";
            }

            yield return "  largest |A - B|: " + (diff.Largest!.Value is { } gap
                ? $"{ExactMath.Format(gap)} at {AnalysisText.Where(diff.Largest.At, x)}"
                : "unbounded (" + Interval.Infinity + ")");
            yield break;
        }

        // On a box the point of the largest gap is the example; the global witness might lie outside it.
        var witness = Relu.Equivalent(left, right);
        if (!witness.IsEqual && diff.LargestPoint is null)
        {
            yield return $"  for example {string.Join(", ", witness.Variables.Zip(witness.WitnessValues, (n, v) => n + " = " + ExactMath.Format(v)))}: A = {ExactMath.Format(witness.LeftValue!.Value)}, B = {ExactMath.Format(witness.RightValue!.Value)}";
        }

        var many = diff.Multivariate!;
        if (diff.LargestPoint is { } largest)
        {
            yield return "  largest |A - B|: " + AnalysisText.Point(largest, many.Variables);
        }
        else if (many.Range is { } bound)
        {
            var high = bound.Maximum.Value.CompareTo(-bound.Minimum.Value) >= 0 ? bound.Maximum.Value : (-bound.Minimum.Value).Reduce();
            yield return $"  largest |A - B|: at most {ExactMath.Format(high)} ({bound.Method})";
        }
        else if (many.BoundedBelow is { } below && many.BoundedAbove is { } above)
        {
            yield return below && above
                ? "  largest |A - B|: bounded; --on A,B with finite ends gives its exact value on a box"
                : "  largest |A - B|: unbounded (" + Interval.Infinity + ")";
        }
    }

    private static string Json(DifferenceAnalysis diff, ReluExpression left, ReluExpression right) => ExactJson.Object((numbers, json) =>
    {
        json.WriteBoolean("equal", diff.IsEqual);
        if (diff.Univariate is { } one)
        {
            json.WriteStartArray("differs");
            foreach (var part in diff.Differs)
            {
                json.WriteStartObject();
                AnalysisJson.IntervalFields(numbers, json, part.Where);
                json.WriteNumber("sign", part.Sign);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            AnalysisJson.Extreme(numbers, json, "largest", diff.Largest!);
            return;
        }

        if (diff.LargestPoint is { } largest)
        {
            AnalysisJson.Point(numbers, json, "largest", largest);
        }
        else
        {
            json.WriteNull("largest");
        }

        var witness = Relu.Equivalent(left, right);
        json.WritePropertyName("witness");
        if (witness.IsEqual)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            foreach (var (name, value) in witness.Variables.Zip(witness.WitnessValues))
            {
                json.WritePropertyName(name);
                numbers.Number(value);
            }

            json.WriteEndObject();
        }
    });
}
