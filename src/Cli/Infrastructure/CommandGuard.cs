using System;
using System.Collections.Generic;
using System.CommandLine;
using ReluCompiler.Cli.Commands;
using ReluCompiler.Ir;
using ReluCompiler.Parser;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Runs a verb's body and turns every expected failure into <c>error: …</c> on standard error and
/// exit code 2. Only a bug in the program itself can escape as an exception.
/// </summary>
internal static class CommandGuard
{
    public static int Run(CliConsole console, Func<int> body) => Run(console, null, body);

    /// <summary>Like <see cref="Run(CliConsole, Func{int})"/>; a <see cref="UsageException"/> is followed by the verb's usage.</summary>
    public static int Run(CliConsole console, ParseResult? result, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ExpressionSyntaxError e)
        {
            console.Out.Flush();
            ErrorRenderer.Write(console.Error, e.Error, e.Input.Text, e.Input.Origin);
        }
        catch (CliException e)
        {
            console.Out.Flush();
            if (e is UsageException && result is not null)
            {
                // Usage messages say "this verb" where they are raised; the verb is known only here.
                var verb = result.CommandResult.Command;
                ErrorRenderer.Write(console.Error, e.Message.Replace("this verb", $"{VerbUsage.Program} {verb.Name}", StringComparison.Ordinal));
                console.Error.Write(VerbUsage.Of(verb));
            }
            else
            {
                ErrorRenderer.Write(console.Error, e.Message);
            }
        }
        catch (LimitExceededException e)
        {
            console.Out.Flush();
            ErrorRenderer.Write(console.Error, e.Message);
        }

        return ExitCodes.BadInput;
    }

    /// <summary>Parses an input (or reads the network file it is), attaching the input to any error so the caret can be drawn.</summary>
    public static ReluExpression Parse(ExpressionInput input) => Parse(input, null);

    /// <summary>Parses an input with the inputs <c>--inputs</c> declares (null: the variables written).</summary>
    public static ReluExpression Parse(ExpressionInput input, IReadOnlyList<string>? declared)
    {
        if (NetworkFile.TryLoad(input, declared) is { } network)
        {
            return network;
        }

        try
        {
            var parsed = declared is null ? Relu.Parse(input.Text) : Relu.Parse(input.Text, declared);
            Analysis.LintHook.Report(input);
            return parsed;
        }
        catch (ReluParseException e)
        {
            throw new ExpressionSyntaxError(e, input);
        }
    }

    /// <summary>The two sides of an equation <c>A = B</c>, any error located in the input.</summary>
    public static (ReluExpression Left, ReluExpression Right) ParseEquation(ExpressionInput input, IReadOnlyList<string>? declared)
    {
        try
        {
            return Relu.ParseEquation(input.Text, declared);
        }
        catch (ReluParseException e)
        {
            throw new ExpressionSyntaxError(e, input);
        }
    }

    /// <summary>The one expression a verb takes (from its argument or <c>-f FILE</c>), parsed; extra arguments are an error.</summary>
    public static ReluExpression ParseOne(CliConsole console, string[]? files, string[]? arguments, string? declaredInputs = null)
    {
        var declared = CommonOptions.ReadInputs(declaredInputs);
        var (inputs, rest) = ExpressionInput.Collect(files ?? [], arguments ?? [], 1, console);
        ExpressionInput.RejectExtra(rest, "takes one expression");
        return Parse(inputs[0], declared);
    }
}
