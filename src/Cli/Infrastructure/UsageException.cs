namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// A command line of the wrong shape found after parsing (a missing or an extra expression): reported
/// like any <see cref="CliException"/>, then followed by the verb's usage.
/// </summary>
internal sealed class UsageException : CliException
{
    public UsageException(string message)
        : base(message)
    {
    }
}
