using System;
using System.IO;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// The last line of defence: an exception nothing expected (a bug) is printed as one
/// <c>error: internal error: …</c> line and a hint, with exit code 3, so that a script can tell it from a
/// negative answer (1) or bad input (2) and no user ever sees a stack trace.
/// </summary>
internal static class InternalError
{
    /// <summary>What the user is asked to do about it.</summary>
    public const string Hint = "This is a bug in relu, not in your input: please report it with the command line and input that caused it.";

    public static int Report(TextWriter error, Exception exception)
    {
        try
        {
            ErrorRenderer.Write(error, $"internal error: {exception.GetType().Name}: {exception.Message}");
            error.WriteLine(Hint);
            error.Flush();
        }
        catch (IOException)
        {
            // Standard error is gone too: the exit code is all that is left to say it.
        }

        return ExitCodes.InternalError;
    }
}
