using System;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Bad input or usage found by the command line itself (a bad point, an unreadable file): printed as
/// <c>error: message</c> with exit code 2, never as a stack trace.
/// </summary>
internal class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }
}
