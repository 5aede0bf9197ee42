using System;
using ReluCompiler.Ir;
using ReluCompiler.Parser;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Runs a verb's body and turns every expected failure into <c>error: …</c> on standard error and
/// exit code 2. Only a bug in the program itself can escape as an exception.
/// </summary>
internal static class CommandGuard
{
    public static int Run(CliConsole console, Func<int> body)
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
            ErrorRenderer.Write(console.Error, e.Message);
        }
        catch (LimitExceededException e)
        {
            console.Out.Flush();
            ErrorRenderer.Write(console.Error, e.Message);
        }

        return ExitCodes.BadInput;
    }

    /// <summary>Parses an input (or reads the network file it is), attaching the input to any error so the caret can be drawn.</summary>
    public static ReluExpression Parse(ExpressionInput input)
    {
        if (NetworkFile.TryLoad(input) is { } network)
        {
            return network;
        }

        try
        {
            return Relu.Parse(input.Text);
        }
        catch (ReluParseException e)
        {
            throw new ExpressionSyntaxError(e, input);
        }
    }

    /// <summary>The one expression a verb takes (from its argument or <c>-f FILE</c>), parsed; extra arguments are an error.</summary>
    public static ReluExpression ParseOne(CliConsole console, string[]? files, string[]? arguments)
    {
        var (inputs, _) = ExpressionInput.Collect(files ?? [], arguments ?? [], 1, console);
        return Parse(inputs[0]);
    }
}
