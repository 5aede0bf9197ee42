using System.CommandLine;
using ReluCompiler.Cli.Analysis;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Cli.Output;

namespace ReluCompiler.Cli.Commands;

/// <summary>
/// <c>relu analyze EXPR [--on A,B] [--json]</c>: range and where it is reached, zeros, signs, monotone parts,
/// Lipschitz constant and convexity; exact for one variable, labelled exact or bound for several.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string[]>("EXPR") { Description = "The expression.", Arity = ArgumentArity.ZeroOrMore };
        var files = CommonOptions.Files();
        var on = DomainOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the analysis as JSON (intervals as {\"from\",\"fromClosed\",\"to\",\"toClosed\"}, null for an unbounded end)." };
        var command = new Command("analyze", "Exact range (with where the minimum and maximum are reached), zeros, sign pattern, monotone parts, Lipschitz constant and convexity of a function. One variable: all exact. Several: exact range on a box by vertex enumeration and exact Lipschitz constant by region enumeration within stated limits, otherwise bounds marked as such.")
        {
            expression,
            files,
            on,
            json,
        };
        HelpExamples.Add(
            command,
            "relu analyze \"σ(x) - σ(x-1) + σ(x-2) - σ(x-3)\"",
            "relu analyze \"|x| - |x - 1|\" --on -2,2",
            "relu analyze \"max(x, y) - σ(x + y - 1)\" --on 0,1 --json");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
        {
            var domain = DomainOption.Parse(result.GetValue(on));
            LintHook.UseDomain(domain);
            var parsed = CommandGuard.ParseOne(console, result.GetValue(files), result.GetValue(expression));
            var analysis = parsed.Analyze(domain);
            if (result.GetValue(json))
            {
                console.Out.WriteLine(ExactJson.Object((numbers, writer) =>
                {
                    if (analysis.Univariate is { } one)
                    {
                        AnalysisJson.Univariate(numbers, writer, one);
                    }
                    else
                    {
                        AnalysisJson.Multivariate(numbers, writer, analysis.Multivariate!);
                    }
                }));
                return ExitCodes.Success;
            }

            var lines = analysis.Univariate is { } univariate
                ? AnalysisText.Lines(univariate)
                : AnalysisText.Lines(analysis.Multivariate!, parsed.Canonical.ToString());
            foreach (var line in lines)
            {
                console.Out.WriteLine(line);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
